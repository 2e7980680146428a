# syntax=docker/dockerfile:1
# DânVận web app image: the Vite build served by nginx, which also forwards /api to the backend
# (docker/nginx.conf). Build context: the repository root (the build reads ../openapi.yaml), e.g.
#   docker build -f docker/frontend.Dockerfile --build-arg VITE_OIDC_AUTHORITY=https://sso.example/realms/danvan -t danvan-frontend .
# Run it with DANVAN_KEYCLOAK_URL set (the same Keycloak, for the Content-Security-Policy).

FROM node:20 AS build
WORKDIR /src
COPY openapi.yaml ./openapi.yaml
COPY frontend/package.json frontend/package-lock.json ./frontend/
RUN --mount=type=cache,target=/root/.npm \
    cd frontend && npm ci --no-audit --no-fund
COPY frontend/ ./frontend/
# Where the browser logs in (frontend/src/config/env.ts); the default is make run's Keycloak.
ARG VITE_OIDC_AUTHORITY=http://localhost:8180/realms/danvan
ENV VITE_OIDC_AUTHORITY=${VITE_OIDC_AUTHORITY}
# A production build has no source maps (vite.config.ts); none may reach the image either.
RUN cd frontend && npm run build && ! find dist -name '*.map' | grep -q .

FROM nginx:1.27-alpine
# The image's entrypoint renders /etc/nginx/templates/*.template with envsubst into conf.d/ at start,
# filling ${DANVAN_KEYCLOAK_URL} (only variables set in the environment are replaced, not nginx's own).
COPY docker/nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=build /src/frontend/dist/ /usr/share/nginx/html/
EXPOSE 80
