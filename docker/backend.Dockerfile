# syntax=docker/dockerfile:1
# DânVận backend image. Build context: the repository root (the backend's pom copies
# ../openapi.yaml into the application), e.g.
#   docker build -f docker/backend.Dockerfile -t danvan-backend .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Same layout as the repository: backend/ next to openapi.yaml.
COPY openapi.yaml ./openapi.yaml
COPY backend/pom.xml ./backend/pom.xml
COPY backend/src ./backend/src
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -f backend/pom.xml package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build --chown=185:0 /src/backend/target/quarkus-app/ /app/
USER 185
ENV QUARKUS_PROFILE=prod \
    DANVAN_HTTP_PORT=8080 \
    LANG=C.UTF-8 \
    TZ=Asia/Ho_Chi_Minh
EXPOSE 8080
# Settings come from the environment: DANVAN_DB_URL, DANVAN_DB_USER, DANVAN_DB_PASSWORD,
# DANVAN_OIDC_URL (and DANVAN_OIDC_ISSUER when the browser reaches Keycloak under another name).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quarkus-run.jar"]
