/** A service on a fresh database for pipeline tests, with workers and dispatcher driven by hand. */
import type { Config } from '../../src/config.js';
import { createClient, type Party } from '../../src/auth/clients.js';
import type { Deliver } from '../../src/egress/dispatcher.js';
import { startService, type Service } from '../../src/service.js';
import { join } from 'node:path';
import { freshDatabase, type DbMode } from './db.js';
import { REPO_ROOT } from './shared.js';

export interface TestPipeline extends Service {
  /** Registers a client and returns its API key. */
  key(party: Party): Promise<string>;
  /** Processes the inbox and delivers the outbox until both are idle. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export async function testPipeline(
  mode: DbMode,
  opts: { transports?: Partial<Record<'http' | 'amqp' | 'stuf', Deliver>>; config?: Partial<Config>; backoffMs?: (attempt: number) => number; now?: () => Date } = {},
): Promise<TestPipeline> {
  const db = await freshDatabase(mode);
  const config: Config = {
    host: '127.0.0.1',
    port: 0,
    maxBytes: 25 * 1024 * 1024,
    logLevel: 'silent',
    databaseUrl: db.databaseUrl,
    dataDir: db.dataDir,
    workers: 2,
    regionsDir: join(REPO_ROOT, 'regions'),
    ...opts.config,
  };
  const service = await startService(config, { background: false, transports: opts.transports, backoffMs: opts.backoffMs ?? (() => 0), ...(opts.now ? { now: opts.now } : {}) });
  return {
    ...service,
    key: async (party) => (await createClient(service.db.sql, party, 'test')).apiKey,
    settle: async () => {
      for (;;) {
        const processed = await service.workers.drain();
        const delivered = await service.dispatcher.drain();
        if (!processed && !delivered) return;
      }
    },
    stop: async () => {
      await service.close();
      await db.drop();
    },
  };
}
