# One image for every service of the platform; the command picks which one runs:
#   docker run … xinfang node gateway/dist/main.js
#   docker run … xinfang node subgraphs/petitions/dist/main.js   (agencies, assistance, joint-visits alike)
#   docker run … xinfang node partner-connector/dist/main.js
# Build: docker build -t xinfang .

FROM node:24-bookworm-slim AS build
WORKDIR /app
# The lockfile and every workspace's manifest first, so dependencies are cached apart from the code.
COPY package.json package-lock.json lerna.json tsconfig.json tsconfig.base.json eslint.config.mjs ./
COPY infra/npm infra/npm
COPY subgraphs/kit/package.json subgraphs/kit/
COPY subgraphs/agencies/package.json subgraphs/agencies/
COPY subgraphs/petitions/package.json subgraphs/petitions/
COPY subgraphs/assistance/package.json subgraphs/assistance/
COPY subgraphs/joint-visits/package.json subgraphs/joint-visits/
COPY schemas/package.json schemas/
COPY gateway/package.json gateway/
COPY partner-connector/package.json partner-connector/
COPY infra/package.json infra/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=root:root /app /app
# Nothing in /app is writable by the service: it runs as the image's unprivileged user.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "gateway/dist/main.js"]
