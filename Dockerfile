# The Node major the test suite runs on (CI and the developers' machines run Node 20); a test
# (test/deploy/deployment.test.ts) keeps the two together. Move both at once, never one alone.
# Build stage: compile TypeScript with the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

# Run stage: only the compiled JS and production dependencies, as the non-root user node.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
# The app's files stay root-owned and read-only to it; what it writes goes to /data, owned by
# node and a volume, so the fail-safe's log survives a new container.
ENV FALLBACK_LOG=/data/fallback.jsonl
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
VOLUME /data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Settings come from the environment (docker run --env-file .env, or compose.yaml), not a file.
# The heap limit is npm run start:prod's (a test keeps them equal; docs/performance.md says why).
CMD ["node", "--max-old-space-size=1536", "dist/server.js"]
