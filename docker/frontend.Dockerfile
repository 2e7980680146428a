# syntax=docker/dockerfile:1
# DânVận web app image: the Vite build served by nginx, which also forwards /api and /q to the
# backend (docker/nginx.conf). Build context: the repository root (the build reads ../openapi.yaml), e.g.
#   docker build -f docker/frontend.Dockerfile -t danvan-frontend .

FROM node:20 AS build
WORKDIR /src
COPY openapi.yaml ./openapi.yaml
COPY frontend/package.json frontend/package-lock.json ./frontend/
RUN --mount=type=cache,target=/root/.npm \
    cd frontend && npm ci --no-audit --no-fund
COPY frontend/ ./frontend/
RUN cd frontend && npm run build

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/frontend/dist/ /usr/share/nginx/html/
EXPOSE 80
