# syntax=docker/dockerfile:1
# Three stages from the same lockfile: the build (every dependency, SWC), the production
# dependencies alone, and the runtime image (those dependencies + dist/ + migrations), as non-root.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci
COPY tsconfig.json nest-cli.json ./
COPY src ./src
RUN node scripts/build.mjs --force

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# No TypeScript, SWC, Nest CLI, Prisma CLI or test tools (devDependencies); no install scripts (the
# Prisma client is compiled into dist/, bcrypt ships prebuilt bindings); no optional packages: the
# only ones are embedded PostgreSQL's binaries, and the image always runs against DATABASE_URL.
RUN npm ci --omit=dev --omit=optional --ignore-scripts && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=node:node /app/package.json ./package.json
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# DATABASE_URL, JWT_SECRET and TOTP_ENCRYPTION_KEY are required; pending migrations are applied at start.
CMD ["node", "dist/main.js"]
