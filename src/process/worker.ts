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
import type { Regio } from '../ledger/regio/index.js';
import { calendarFromEnv, type WorkingDayCalendar } from './terms/index.js';

let envCalendar: WorkingDayCalendar | undefined;
const defaultCalendar = (): WorkingDayCalendar => (envCalendar ??= calendarFromEnv(process.env));
import { takeParsed } from '../inbox/parsed.js';
import { vouwGebruik } from '../ledger/gebruik.js';
import { nextIdentificaties, type Kanaal } from '../outbox/enqueue.js';
import { processInbound, type InboxRow, type Processed, type RoundContext } from './inbound.js';

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
  /** The region contracts the ledger rules read (src/ledger/regio); none: no contract data. */
  regios?: readonly Regio[];
  /** The working-day calendar the terms count in (default: from the environment). */
  calendar?: WorkingDayCalendar;
  /**
   * The pool, when the declarations' reads may run on a connection of their own alongside the
   * round's transaction (StageContext.lezer): PostgreSQL server with connections to spare. None:
   * everything in the transaction (embedded: one connection).
   */
  lezer?: Sql;
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

/** A message whose processing threw: the round is rolled back and this one is set aside. */
class MessageFailed extends Error {
  constructor(readonly row: { id: number; attempts: number }, readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

export interface RoundResult {
  /** Messages processed and committed. */
  processed: number[];
  /** Whether a declaration was recorded, whose effect on the toewijzingen's totals is to be folded in. */
  declaraties?: boolean;
  /** A message that failed; the round was rolled back and it waits (not_before) before it is tried again. */
  failed?: number;
}

/**
 * One round: claims up to `batch` messages and processes them in one transaction, which commits
 * their answers and their new states together. The round costs a handful of round trips plus one
 * statement per answer: identificaties and channels are read once, the states written at once.
 * When a message throws, the whole round rolls back, that message is set aside with backoff, and the
 * others are simply claimed again by the next round (without savepoints, which would double the
 * round trips of every message for a case that should not occur).
 */
export async function processRound(opts: Pick<WorkerOptions, 'sql' | 'log' | 'metrics' | 'batch' | 'now' | 'regios' | 'calendar' | 'lezer'>): Promise<RoundResult> {
  const now = opts.now ?? (() => new Date());
  type Done = { row: InboxRow; result: Processed; seconds: number };
  let done: Done[];
  try {
    done = await opts.sql.begin(async (tx) => {
      const rows = await tx<(InboxRow & { attempts: number })[]>`
        select b.id, b.berichtcode, b.party, b.stuf_referentienummer, b.attempts, b.created_at as ontvangen_op,
               exists (
                 select 1 from bericht x
                 where x.direction = 'in' and x.berichtcode = b.berichtcode and x.afzender = b.afzender
                   and x.identificatie = b.identificatie and x.id < b.id) as identificatie_eerder
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
      if (!rows.length) return [];
      // The parse made at intake when this process stored the message; else the bytes, read only for those.
      const missing: number[] = [];
      for (const row of rows) {
        const p = takeParsed(row.id);
        if (p) row.parsed = p;
        else missing.push(row.id);
      }
      if (missing.length) {
        const raws = await tx<{ id: number; raw: Buffer }[]>`select id, raw from bericht where id in ${tx(missing)}`;
        const byId = new Map(raws.map((r) => [r.id, r.raw]));
        for (const row of rows) if (!row.parsed) row.raw = byId.get(row.id);
      }
      // A transaction is used exactly like the pool here; postgres.js types them apart.
      const sql = tx as unknown as Sql;
      const round = roundContext(sql, rows.length, opts.regios ?? [], opts.calendar ?? defaultCalendar(), opts.lezer);
      const out: Done[] = [];
      for (const row of rows) {
        const started = performance.now();
        try {
          const result = await processInbound(sql, row, now(), round);
          out.push({ row, result, seconds: (performance.now() - started) / 1000 });
        } catch (e) {
          throw new MessageFailed(row, e);
        }
      }
      const states = out.map(({ row, result }) => ({ id: row.id, verdict: result.verdict, retourcodes: result.retourcodes, errors: result.errors }));
      await tx`
        update bericht b
        set state = 'processed', verdict = u.verdict, retourcodes = u.retourcodes, errors = u.errors,
            processed_at = ${now()}, last_error = null, not_before = null
        from jsonb_to_recordset(${tx.json(states)}) as u(id bigint, verdict text, retourcodes text[], errors jsonb)
        where b.id = u.id`;
      return out;
    });
  } catch (e) {
    if (!(e instanceof MessageFailed)) throw e;
    await setAside(opts, e);
    return { processed: [], failed: e.row.id };
  }
  for (const { row, result, seconds } of done) {
    opts.metrics?.processed(row.berichtcode, result.verdict, seconds);
    if (result.answer) opts.metrics?.queued(result.answer.berichtcode);
    opts.log.info({ bericht: row.id, berichtcode: row.berichtcode, verdict: result.verdict, retourcodes: result.retourcodes }, 'processed');
  }
  const declaraties = done.some((d) => d.row.berichtcode === 'JW323' && (d.result.verdict === 'ok' || d.result.verdict === 'partial'));
  return { processed: done.map((d) => d.row.id), ...(declaraties ? { declaraties } : {}) };
}

/** Identificaties drawn for the whole round in one query; channels read once (a tiny table). */
function roundContext(tx: Sql, n: number, regios: readonly Regio[], calendar: WorkingDayCalendar, lezer: Sql | undefined): RoundContext {
  let idents: Promise<string[]> | undefined;
  let used = 0;
  let kanalen: Promise<Map<string, Kanaal>> | undefined;
  return {
    regios,
    calendar,
    ...(lezer ? { lezer } : {}),
    nextIdentificatie: async () => {
      idents ??= nextIdentificaties(tx, n);
      const list = await idents;
      const id = list[used++];
      if (id === undefined) throw new Error('more answers than messages in the round');
      return id;
    },
    kanaalFor: async (party) => {
      kanalen ??= tx<{ party: string; channel: Kanaal['channel']; endpoint: string | null }[]>`select party, channel, endpoint from kanaal`.then(
        (rows) => new Map(rows.map((r) => [r.party, { channel: r.channel, endpoint: r.endpoint }])),
      );
      const map = await kanalen;
      return map.get(party) ?? map.get('*') ?? { channel: 'pull', endpoint: null };
    },
  };
}

async function setAside(opts: Pick<WorkerOptions, 'sql' | 'log' | 'metrics'>, f: MessageFailed): Promise<void> {
  const error = f.message;
  // A deadlock or serialization failure says nothing about the message: try again at once.
  const code = (f.reason as { code?: string }).code;
  const transient = code === '40P01' || code === '40001';
  const delay = transient ? 0 : Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** f.row.attempts);
  await opts.sql`
    update bericht set attempts = attempts + 1, last_error = ${error.slice(0, 2000)},
           not_before = now() + ${delay / 1000} * interval '1 second'
    where id = ${f.row.id} and state = 'received'`;
  opts.metrics?.processingError();
  opts.log.error({ bericht: f.row.id, attempts: f.row.attempts + 1, err: error }, 'processing failed; will retry');
}

export function startWorkers(opts: WorkerOptions): Workers {
  // After a declaration's answer has committed, its effect on the totals is folded in
  // (src/ledger/gebruik.ts); readers add what is not folded yet, so this is off the answer's path and
  // a failure here loses nothing: the next fold picks it up. Also once at start, for a crash in between.
  // One fold at a time; a declaration committed while one runs gets another pass.
  let folding: Promise<void> | undefined;
  let again = false;
  const fold = (): Promise<void> => {
    if (folding) {
      again = true;
      return folding;
    }
    folding = (async () => {
      do {
        again = false;
        try {
          // Not inside `metrics?.folded(…)`: without metrics that would skip the fold itself.
          const n = await vouwGebruik(opts.sql);
          opts.metrics?.folded(n);
        } catch (e) {
          opts.log.error({ err: e instanceof Error ? e.message : String(e) }, 'folding declarations into the toewijzingen totals failed; retried after the next declaration');
          return;
        }
      } while (again);
    })().finally(() => {
      folding = undefined;
    });
    return folding;
  };
  const round = async (): Promise<number> => {
    const { processed, failed, declaraties } = await processRound(opts);
    if (processed.length) opts.onProcessed?.(processed);
    if (declaraties) await fold();
    // A failed round made progress too (the message is set aside): go on at once.
    return processed.length + (failed === undefined ? 0 : 1);
  };
  if (opts.concurrency > 0) void fold();
  const loop = startLoop({ name: 'worker', round, pollMs: opts.pollMs ?? 250, concurrency: opts.concurrency, log: opts.log });
  return {
    ...loop,
    // A fold in progress finishes before the database is closed (a new one is not started).
    stop: async () => {
      await loop.stop();
      await folding;
    },
    drain: () => drainRounds(round),
  };
}
