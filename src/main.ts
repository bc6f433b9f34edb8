/** Service entry point (`npm start`). */
import { loadConfig } from './config.js';
import { buildApp } from './http/app.js';

const config = loadConfig();
const app = buildApp({ maxBytes: config.maxBytes, logLevel: config.logLevel });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    void app.close().then(() => process.exit(0));
  });
}

try {
  await app.listen({ host: config.host, port: config.port });
} catch (e) {
  app.log.error(e, 'could not start');
  process.exit(1);
}
