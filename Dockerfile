# syntax=docker/dockerfile:1
# Tenantry image, used by the `worker` and `dashboard` services in docker-compose.yml.
FROM node:20-bookworm-slim

# pg_dump, used by the pg_dump backup strategy. pg_dump refuses to dump a server newer than itself,
# so its major version must be at least the server's (postgres:16 in docker-compose.yml). Bookworm
# only ships postgresql-client-15, so the client comes from the PostgreSQL project's apt repository
# (PGDG). Match PG_MAJOR to your server: --build-arg PG_MAJOR=17.
ARG PG_MAJOR=16
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    install -d /usr/share/postgresql-common/pgdg; \
    curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc \
      https://www.postgresql.org/media/keys/ACCC4CF8.asc; \
    . /etc/os-release; \
    echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt ${VERSION_CODENAME}-pgdg main" \
      > /etc/apt/sources.list.d/pgdg.list; \
    apt-get update; \
    apt-get install -y --no-install-recommends "postgresql-client-${PG_MAJOR}"; \
    apt-get purge -y --auto-remove curl; \
    rm -rf /var/lib/apt/lists/*; \
    pg_dump --version

ENV TURBO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false

WORKDIR /app
RUN chown node:node /app
USER node

# The whole workspace is copied before `npm ci` (see .dockerignore for what's left out), so
# adding a workspace needs no change here. npm ci installs devDependencies too, because the build
# needs TypeScript and turbo. They are pruned once the build is done.
COPY --chown=node:node . .
RUN --mount=type=cache,target=/home/node/.npm,uid=1000,gid=1000 npm ci
RUN npm run build \
 && npm prune --omit=dev \
 && mkdir -p examples/backups

ENV NODE_ENV=production
CMD ["node", "apps/cli/bin/tenantry.js", "--help"]
