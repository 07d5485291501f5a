# syntax=docker/dockerfile:1
# Tenantry's image: the `tenantry` command (workers, the dashboard and every other command) with
# pg_dump/pg_restore for backups. It holds the packed packages installed as a project installs
# them from npm, nothing else of this repository. Mount a project (its tenantry.config.json and
# migrations) at /project, the working directory:
#
#   docker build -t tenantry .
#   docker run --rm -v "$PWD:/project:ro" -e DATABASE_URL -e REDIS_URL tenantry migrate --to latest --wait
#   docker run -d -v "$PWD:/project:ro" -e DATABASE_URL -e REDIS_URL tenantry worker
#
# pg_dump refuses a server newer than itself: this image has PostgreSQL 15's client tools (Debian
# bookworm's), for servers up to 15. For a newer server, install its postgresql-client-N from the
# PostgreSQL project's apt repository in an image of your own FROM this one.

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. build: compile every workspace and pack it (each package's prepack builds its dist)
FROM ${NODE_IMAGE} AS build
ENV TURBO_TELEMETRY_DISABLED=1 NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /src
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY packages/core/package.json packages/core/
COPY packages/queue/package.json packages/queue/
COPY apps/worker/package.json apps/worker/
COPY apps/dashboard/package.json apps/dashboard/
COPY apps/cli/package.json apps/cli/
# no install scripts: the build needs TypeScript and turbo only (not the demo's embedded server)
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY packages packages
COPY apps apps
COPY examples examples
RUN npm pack --workspaces --pack-destination /packs

# 2. install: the tarballs alone, production dependencies only (optional peers left out); the
#    repository's lockfile pins every registry package to the version the repository is tested with
FROM ${NODE_IMAGE} AS install
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /opt/tenantry
COPY --from=build /packs /packs
COPY --from=build /src/package-lock.json ./package-lock.json
RUN --mount=type=cache,target=/root/.npm \
    echo '{ "name": "tenantry-image", "private": true }' > package.json \
 && npm install --omit=dev --no-audit --no-fund /packs/*.tgz \
 && rm -rf /packs

# 3. runtime: Node, the installed packages, PostgreSQL 15's client tools; runs as `node`
FROM ${NODE_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-15 \
 && rm -rf /var/lib/apt/lists/* \
 && pg_dump --version
COPY --from=install /opt/tenantry /opt/tenantry
# backups go where the config's backup.dir says; this folder is there for a volume (owned by node)
RUN install -d -o node -g node /project /var/lib/tenantry/backups
ENV PATH=/opt/tenantry/node_modules/.bin:$PATH \
    NODE_ENV=production
WORKDIR /project
USER node
ENTRYPOINT ["tenantry"]
CMD ["--help"]
