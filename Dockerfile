# doku-snap-sandbox: a stateful emulator of DOKU's SNAP API for DOKU Wallet.
# The image ships TEST-ONLY keys and secrets (fixtures/keys, fixtures/partners.json): never use them anywhere real.
#   docker build -t doku-snap-sandbox .
#   docker run --rm -p 8080:8080 doku-snap-sandbox

# --- build: full install, compile TypeScript to dist/ ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src/ src/
RUN npm run build

# --- runtime: production dependencies, compiled code, spec, fixtures, scenarios ---
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=8080 HOST=0.0.0.0
# The V8 flags of `npm start` (package.json): young generation capped at 8 MB per semi-space
# (docs/persistence.md).
ENV NODE_OPTIONS=--max-semi-space-size=8
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force \
 && mkdir -p /data \
 && chown node:node /data
COPY --from=build /app/dist/ dist/
# Owned by node so they stay readable whatever modes the checkout has (private keys are often 0600).
COPY --chown=node:node spec/ spec/
COPY --chown=node:node fixtures/ fixtures/
COPY --chown=node:node scenarios/ scenarios/
# The merged spec/ as JSON in node_modules/.cache (src/http/spec-cache.ts), so each boot skips the YAML.
RUN node -e "import('./dist/http/openapi.js').then((spec) => spec.loadSpec())"
# Non-root (uid 1000 in the official node images). /data is writable for DATA_FILE=/data/sandbox.json.
USER node
EXPOSE 8080
# No curl in slim images: node's own fetch asks /health.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/health').then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]
# Not `npm start`: npm would sit between the signal and the server.
CMD ["node", "dist/main.js"]
