/**
 * Outbox dispatcher: delivers each queued message over its channel (HTTP, AMQP, StUF-GGk) with
 * retries and backoff, and writes every attempt to delivery_log. Pull messages wait for the
 * counterparty (src/egress/pull.ts).
 *
 * Exactly once in effect: a row is leased before delivery and marked delivered after it, so a crash
 * in between delivers it again after the lease expires. Every delivery carries the same stable id
 * (Idempotency-Key / AMQP messageId / StUF referentienummer, and the message's own
 * BerichtIdentificatie), by which the receiver recognises a repeat. Delivery never gives up: an
 * answer must arrive; a failing endpoint shows in the metrics and the delivery log.
 *
 * Per counterparty, messages leave in the order they were produced: a row is only taken when no
 * earlier row for the same party is still pending.
 */
import type { Logger } from 'pino';
import type { Sql } from '../db/index.js';
import { drainRounds, startLoop } from '../loop.js';
import type { Metrics } from '../metrics.js';

export interface OutboxItem {
  outboxId: number;
  berichtId: number;
  berichtcode: string;
  party: string;
  channel: 'http' | 'amqp' | 'stuf';
  endpoint: string;
  attempt: number;
  raw: Buffer;
  afzender: string;
  ontvanger: string;
  identificatie: string;
  stufReferentienummer: string | null;
  stufCrossref: string | null;
}

/** Delivers one message; throws when it did not arrive (the dispatcher retries). */
export type Deliver = (item: OutboxItem) => Promise<void>;

export interface DispatcherOptions {
  sql: Sql;
  log: Logger;
  metrics?: Metrics;
  transports: Partial<Record<OutboxItem['channel'], Deliver>>;
  /** How long a claimed row is ours before another dispatcher (or this one after a crash) may take
   *  it again; a little over the transports' 30 s timeout, so a crash stalls a party only that long. */
  leaseMs?: number;
  batch?: number;
  pollMs?: number;
  /** Dispatch loops (default 1; 0 = only drain() delivers, for tests). */
  concurrency?: number;
  /** Backoff after a failed attempt n (1-based), in ms. */
  backoffMs?: (attempt: number) => number;
}

export interface Dispatcher {
  poke(): void;
  stop(): Promise<void>;
  /** Delivers everything due now (tests). Returns the number of attempts made. */
  drain(): Promise<number>;
}

export const defaultBackoff = (attempt: number): number => Math.min(60 * 60_000, 1_000 * 2 ** (attempt - 1));

export async function dispatchRound(opts: DispatcherOptions): Promise<number> {
  const leaseMs = opts.leaseMs ?? 35_000;
  const items = await opts.sql<(OutboxItem & { raw: Buffer })[]>`
    with heads as (
      -- The oldest pending row of each party; later rows wait for it (order per counterparty).
      select distinct on (party) id, next_attempt_at, lease_until from outbox
      where state = 'pending' and channel <> 'pull'
      order by party, id),
    due as (
      select o.id from outbox o join heads h on h.id = o.id
      where h.next_attempt_at <= now() and (h.lease_until is null or h.lease_until < now())
      order by o.id
      limit ${opts.batch ?? 16}
      for update of o skip locked)
    update outbox o set lease_until = now() + ${leaseMs / 1000} * interval '1 second', attempts = o.attempts + 1
    from due, bericht b
    where o.id = due.id and b.id = o.bericht_id
    returning o.id as "outboxId", b.id as "berichtId", b.berichtcode, o.party, o.channel, o.endpoint, o.attempts as attempt,
              b.raw, b.afzender, b.ontvanger, b.identificatie,
              b.stuf_referentienummer as "stufReferentienummer", b.stuf_crossref as "stufCrossref"`;
  await Promise.all(items.map((item) => attempt(opts, item)));
  return items.length;
}

async function attempt(opts: DispatcherOptions, item: OutboxItem): Promise<void> {
  const deliver = opts.transports[item.channel];
  try {
    if (!deliver) throw new Error(`no ${item.channel} transport configured`);
    await deliver(item);
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).slice(0, 2000);
    const delay = (opts.backoffMs ?? defaultBackoff)(item.attempt);
    await opts.sql.begin(async (tx) => {
      await tx`
        update outbox set lease_until = null, last_error = ${detail},
               next_attempt_at = now() + ${delay / 1000} * interval '1 second'
        where id = ${item.outboxId}`;
      await tx`insert into delivery_log (outbox_id, attempt, outcome, detail) values (${item.outboxId}, ${item.attempt}, 'error', ${detail})`;
    });
    opts.metrics?.retry(item.channel);
    opts.log.warn({ outbox: item.outboxId, bericht: item.berichtId, channel: item.channel, attempt: item.attempt, err: detail }, 'delivery failed; will retry');
    return;
  }
  await markDelivered(opts.sql, item.outboxId, item.attempt, 'delivered', `${item.channel} ${item.endpoint}`);
  opts.metrics?.deliveredOut(item.channel);
  opts.log.info({ outbox: item.outboxId, bericht: item.berichtId, berichtcode: item.berichtcode, channel: item.channel }, 'delivered');
}

/** Marks an outbox row delivered (or acknowledged by a pull client) and its message sent. */
export async function markDelivered(
  sql: Sql,
  outboxId: number,
  attemptNo: number,
  outcome: 'delivered' | 'acknowledged',
  detail: string,
): Promise<boolean> {
  return sql.begin(async (tx) => {
    const rows = await tx<{ bericht_id: number }[]>`
      update outbox set state = 'delivered', delivered_at = now(), lease_until = null, last_error = null
      where id = ${outboxId} and state = 'pending'
      returning bericht_id`;
    if (!rows[0]) return false;
    await tx`update bericht set state = 'sent', processed_at = now() where id = ${rows[0].bericht_id}`;
    await tx`insert into delivery_log (outbox_id, attempt, outcome, detail) values (${outboxId}, ${attemptNo}, ${outcome}, ${detail})`;
    return true;
  });
}

export function startDispatcher(opts: DispatcherOptions): Dispatcher {
  const round = (): Promise<number> => dispatchRound(opts);
  const loop = startLoop({ name: 'dispatcher', round, pollMs: opts.pollMs ?? 500, concurrency: opts.concurrency ?? 1, log: opts.log });
  return { ...loop, drain: () => drainRounds(round) };
}
