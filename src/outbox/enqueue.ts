/**
 * The outbox: an outgoing message is written in the same transaction as the state change that
 * causes it, so it exists if and only if that change committed. The dispatcher (src/egress) or the
 * counterparty's pull takes it from there.
 */
import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/index.js';

export type OutChannel = 'http' | 'amqp' | 'stuf' | 'pull';

export interface Outgoing {
  berichtcode: string;
  xml: string;
  /** The receiving party, 'agb:12345678'. */
  party: string;
  /** As in the header. */
  afzender: string;
  ontvanger: string;
  /** Our own identification of this message (for a retourbericht its IdentificatieRetour). */
  identificatie: string;
  dagtekening: string;
  heenId?: number;
  /** The heenbericht's StUF referentienummer, when it came in over StUF-GGk (crossRefnummer). */
  stufCrossref?: string | null;
  /** When it was produced, by the service's clock (the database's clock when absent). Answers count as in time against it. */
  at?: Date;
}

export interface Kanaal {
  channel: OutChannel;
  endpoint: string | null;
}

/** Where a party's messages go: its own kanaal row, else the '*' row, else it pulls them. */
export async function kanaalFor(tx: Sql, party: string): Promise<Kanaal> {
  const [row] = await tx<Kanaal[]>`
    select channel, endpoint from kanaal where party in (${party}, '*') order by party = '*' limit 1`;
  return row ?? { channel: 'pull', endpoint: null };
}

/** Queues a heenbericht from a gemeente to a provider (JW301, JW319) over the provider's kanaal. */
export async function enqueueVoorAanbieder(
  tx: Sql,
  m: { berichtcode: string; xml: string; gemeente: string; agb: string; identificatie: string; dagtekening: string; at: Date },
): Promise<{ berichtId: number; outboxId: number; channel: OutChannel }> {
  const party = `agb:${m.agb}`;
  return enqueue(tx, await kanaalFor(tx, party), {
    berichtcode: m.berichtcode,
    xml: m.xml,
    party,
    afzender: m.gemeente,
    ontvanger: m.agb,
    identificatie: m.identificatie,
    dagtekening: m.dagtekening,
    at: m.at,
  });
}

/**
 * Stores the outgoing message and its outbox row in one statement; call inside the transaction of
 * the change that causes it. `kanaal` is where it goes (kanaalFor).
 */
export async function enqueue(tx: Sql, kanaal: Kanaal, m: Outgoing): Promise<{ berichtId: number; outboxId: number; channel: OutChannel }> {
  const { channel, endpoint } = kanaal;
  const raw = Buffer.from(m.xml, 'utf8');
  const [row] = await tx<{ berichtId: number; outboxId: number }[]>`
    with b as (
      insert into bericht (direction, channel, berichtcode, afzender, ontvanger, identificatie, dagtekening, party,
                           sha256, raw, state, heen_id, stuf_referentienummer, stuf_crossref, created_at)
      values ('out', ${channel}, ${m.berichtcode}, ${m.afzender}, ${m.ontvanger}, ${m.identificatie}, ${m.dagtekening}, ${m.party},
              sha256(${raw}), ${raw}, 'queued', ${m.heenId ?? null},
              ${channel === 'stuf' ? randomUUID() : null}, ${m.stufCrossref ?? null}, coalesce(${m.at ?? null}::timestamptz, now()))
      returning id)
    insert into outbox (bericht_id, party, channel, endpoint)
    select id, ${m.party}, ${channel}, ${endpoint} from b
    returning bericht_id as "berichtId", id as "outboxId"`;
  return { berichtId: row!.berichtId, outboxId: row!.outboxId, channel };
}

/**
 * Our next BerichtIdentificatie values: a database sequence, so unique for every berichtsoort of
 * every sender (TR056) across restarts and service instances, without a lock workers could wait on.
 * `n` at once, for a round of messages.
 */
export async function nextIdentificaties(tx: Sql, n: number): Promise<string[]> {
  const rows = await tx<{ n: number }[]>`select nextval('bericht_identificatie_seq') as n from generate_series(1, ${n})`;
  return rows.map((r) => String(r.n));
}
