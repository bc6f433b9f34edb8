FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schemas ./schemas
COPY migrations ./migrations
COPY regions ./regions
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENV HOST=0.0.0.0 PORT=8080 NODE_ENV=production IJW_DATA_DIR=/app/data
RUN mkdir -p /app/data && chown node:node /app/data
EXPOSE 8080
USER node
CMD ["node", "dist/src/main.js"]
