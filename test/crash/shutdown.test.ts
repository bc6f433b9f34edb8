/**
 * Graceful shutdown under load: SIGTERM while messages arrive and are processed. The service stops
 * taking new work, finishes what it started and exits 0; every message it said "received" (202)
 * is either processed with exactly one answer or still waiting with none, never in between; after a
 * restart the rest is processed. Both database modes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/auth/clients.js';
import { openDatabase, type Database } from '../../src/db/index.js';
import { migrate } from '../../src/db/migrate.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { fixture } from '../fixtures/berichten.js';
import { DB_MODES, freshDatabase } from '../support/db.js';
import { testBsns } from '../support/jw323-large.js';
import { killAllServiceProcesses, postMessage, startServiceProcess } from '../support/service-process.js';

const MESSAGES = 400;
const CONCURRENCY = 16;
const STOP_AFTER = 150;

afterAll(killAllServiceProcesses);

describe.each(DB_MODES)('graceful shutdown under load (%s database)', (mode) => {
  it('finishes the work in progress on SIGTERM, exits 0, and leaves nothing half done', async () => {
    const server = mode === 'server' ? await freshDatabase('server') : undefined;
    const dataDir = mode === 'embedded' ? mkdtempSync(join(tmpdir(), 'ijw-shutdown-')) : undefined;
    const open = (): Promise<Database> => openDatabase({ url: server?.databaseUrl, dataDir: dataDir ?? 'memory://', max: 2 });
    const env = { DATABASE_URL: server?.databaseUrl, IJW_DATA_DIR: dataDir, IJW_WORKERS: '2', LOG_LEVEL: 'warn' };
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    try {
      let db = await open();
      await migrate(db.sql);
      const { apiKey } = await createClient(db.sql, { kind: 'agb', code: '42420001' });
      await db.close();

      const bsns = testBsns();
      const bodies = Array.from({ length: MESSAGES }, (_, n) => {
        const b = fixture('JW305');
        b.Header.BerichtIdentificatie.Identificatie = `SD${n}`;
        b.Client.Bsn = bsns.next().value as string;
        return Buffer.from(buildMessage('JW305', b));
      });

      const svc = await startServiceProcess({ env });
      const accepted = new Set<number>();
      let answered = 0;
      let stopping: Promise<number | null> | undefined;
      let next = 0;
      const client = async (): Promise<void> => {
        while (next < bodies.length) {
          const body = bodies[next++]!;
          try {
            const r = await postMessage(agent, svc, apiKey, body);
            if (r.status === 202 && r.body.id) accepted.add(r.body.id);
          } catch {
            // The service closed the connection while stopping: this message was not accepted.
          }
          if (++answered === STOP_AFTER) stopping = svc.stop(30_000);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, client));
      const exitCode = await (stopping ?? svc.stop(30_000));
      expect(exitCode, svc.output().slice(-2_000)).toBe(0);
      expect(accepted.size).toBeGreaterThanOrEqual(STOP_AFTER - CONCURRENCY);

      // Between runs: processed with one answer, or received with none; nothing else.
      db = await open();
      const rows = await db.sql<{ id: number; state: string; answers: number }[]>`
        select b.id, b.state, (select count(*)::int from bericht a where a.heen_id = b.id) as answers
        from bericht b where b.direction = 'in'`;
      await db.close();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of accepted) expect(byId.has(id), `accepted message ${id} is stored`).toBe(true);
      for (const r of rows) {
        if (r.state === 'processed') expect(r.answers, `message ${r.id}`).toBe(1);
        else expect([r.state, r.answers], `message ${r.id}`).toEqual(['received', 0]);
      }
      const waiting = rows.filter((r) => r.state === 'received').length;
      console.log(`[shutdown ${mode}] ${accepted.size} accepted before the stop; ${rows.length - waiting} processed, ${waiting} waiting for the next start`);

      // The next start processes the rest.
      const again = await startServiceProcess({ env });
      const deadline = Date.now() + 60_000;
      let left = waiting;
      while (left > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        const res = await fetch(`${again.url}/metrics`);
        left = Number(/^ijw_inbox_depth (\d+)$/m.exec(await res.text())?.[1] ?? '-1');
      }
      expect(await again.stop(30_000)).toBe(0);
      db = await open();
      const after = await db.sql<{ state: string; answers: number }[]>`
        select b.state, (select count(*)::int from bericht a where a.heen_id = b.id) as answers
        from bericht b where b.direction = 'in'`;
      await db.close();
      expect(after.every((r) => r.state === 'processed' && r.answers === 1)).toBe(true);
    } finally {
      agent.destroy();
      await killAllServiceProcesses();
      await server?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
