/** Service entry point (`npm start`). */
import { loadConfig } from './config.js';
import { startService } from './service.js';

const config = loadConfig();
const service = await startService(config).catch((e: unknown) => {
  console.error(`could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal while draining: the operator insists. Work in flight is rolled back, not lost.
    if (closing) process.exit(1);
    closing = true;
    service.app.log.info({ signal }, 'shutting down: finishing work in progress');
    void service.close().then(
      () => process.exit(0),
      (e: unknown) => {
        service.app.log.error({ err: e instanceof Error ? e.message : String(e) }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

try {
  await service.app.listen({ host: config.host, port: config.port });
} catch (e) {
  service.app.log.error({ err: e instanceof Error ? e.message : String(e) }, 'could not listen');
  await service.close();
  process.exit(1);
}
