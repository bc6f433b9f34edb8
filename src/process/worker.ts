/**
 * Inbox workers. Each round claims a few received messages with FOR UPDATE SKIP LOCKED and
 * processes each inside a savepoint of one transaction; the claim, the message's new state and the
 * messages it causes (outbox) commit together or not at all.
 *
 * Order: a message is only claimable when no earlier message of the same (gemeente, provider) and
 * client is still in the inbox, also not one another worker holds, so messages about one client are
 * processed in arrival order while other clients proceed in parallel.
 */
import type { Logger } from 'pino';
import type { Sql } from '../db/index.js';
import { drainRounds, startLoop } from '../loop.js';
import type { Metrics } from '../metrics.js';
import { processInbound, type InboxRow } from './inbound.js';

export interface WorkerOptions {
  sql: Sql;
  log: Logger;
  metrics?: Metrics;
  /** Parallel workers (the embedded database has one connection: use 1). */
  concurrency: number;
  /** Messages claimed per transaction. */
  batch?: number;
  /** Poll interval when idle (other processes may fill the inbox). */
  pollMs?: number;
  now?: () => Date;
  /** Called after every committed round with the ids processed (tests, outbox wake-up). */
  onProcessed?: (ids: number[]) => void;
}

export interface Workers {
  /** Wake the workers now (a message was just stored). */
  poke(): void;
  /** Finish the round in progress, then stop. */
  stop(): Promise<void>;
  /** Process until the inbox has nothing claimable (tests, simulate). */
  drain(): Promise<number>;
}

const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 15 * 60_000;

/** One round: claims up to `batch` messages, processes them, commits. Returns the ids done. */
export async function processRound(opts: Pick<WorkerOptions, 'sql' | 'log' | 'metrics' | 'batch' | 'now'>): Promise<number[]> {
  const now = opts.now ?? (() => new Date());
  const failed: { id: number; error: string; attempts: number }[] = [];
  const done = await opts.sql.begin(async (tx) => {
    const rows = await tx<(InboxRow & { attempts: number; created_at: Date })[]>`
      select b.id, b.berichtcode, b.raw, b.party, b.stuf_referentienummer, b.attempts, b.created_at
      from bericht b
      where b.direction = 'in' and b.state = 'received' and (b.not_before is null or b.not_before <= now())
        -- Three anti-joins rather than one with OR, so each has an index (migrations/001).
        and not exists (
          select 1 from bericht e
          where e.direction = 'in' and e.state = 'received' and e.order_prefix = b.order_prefix
            and e.order_client = b.order_client and e.id < b.id)
        and not exists (
          select 1 from bericht e
          where e.direction = 'in' and e.state = 'received' and e.order_prefix = b.order_prefix
            and e.order_client is null and e.id < b.id)
        and (b.order_client is not null or not exists (
          select 1 from bericht e
          where e.direction = 'in' and e.state = 'received' and e.order_prefix = b.order_prefix and e.id < b.id))
      order by b.id
      limit ${opts.batch ?? 16}
      for update of b skip locked`;
    const ids: number[] = [];
    for (const row of rows) {
      const started = performance.now();
      try {
        const result = await tx.savepoint((sp) => processInbound(sp as unknown as Sql, row, now()));
        ids.push(row.id);
        opts.metrics?.processed(row.berichtcode, result.verdict, (performance.now() - started) / 1000);
        if (result.answer) opts.metrics?.queued(result.answer.berichtcode);
        opts.log.info({ bericht: row.id, berichtcode: row.berichtcode, verdict: result.verdict, retourcodes: result.retourcodes }, 'processed');
      } catch (e) {
        // The savepoint rolled this message back; record the failure and retry later with backoff.
        const error = e instanceof Error ? e.message : String(e);
        failed.push({ id: row.id, error, attempts: row.attempts + 1 });
        // A deadlock or serialization failure says nothing about the message: try again at once.
        const code = (e as { code?: string }).code;
        const transient = code === '40P01' || code === '40001';
        const delay = transient ? 0 : Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** row.attempts);
        await tx`
          update bericht set attempts = attempts + 1, last_error = ${error.slice(0, 2000)},
                 not_before = now() + ${delay / 1000} * interval '1 second'
          where id = ${row.id}`;
      }
    }
    return ids;
  });
  for (const f of failed) {
    opts.metrics?.processingError();
    opts.log.error({ bericht: f.id, attempts: f.attempts, err: f.error }, 'processing failed; will retry');
  }
  return done;
}

export function startWorkers(opts: WorkerOptions): Workers {
  const round = async (): Promise<number> => {
    const ids = await processRound(opts);
    if (ids.length) opts.onProcessed?.(ids);
    return ids.length;
  };
  const loop = startLoop({ name: 'worker', round, pollMs: opts.pollMs ?? 250, concurrency: opts.concurrency, log: opts.log });
  return { ...loop, drain: () => drainRounds(round) };
}
