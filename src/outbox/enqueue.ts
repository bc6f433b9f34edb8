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
}

/** Where a party's messages go: its own kanaal row, else the '*' row, else it pulls them. */
export async function kanaalFor(tx: Sql, party: string): Promise<{ channel: OutChannel; endpoint: string | null }> {
  const [row] = await tx<{ channel: OutChannel; endpoint: string | null }[]>`
    select channel, endpoint from kanaal where party in (${party}, '*') order by party = '*' limit 1`;
  return row ?? { channel: 'pull', endpoint: null };
}

/** Stores the outgoing message and its outbox row; returns the bericht id. Call inside the transaction. */
export async function enqueue(tx: Sql, m: Outgoing): Promise<{ berichtId: number; outboxId: number; channel: OutChannel }> {
  const { channel, endpoint } = await kanaalFor(tx, m.party);
  const raw = Buffer.from(m.xml, 'utf8');
  const [b] = await tx<{ id: number }[]>`
    insert into bericht (direction, channel, berichtcode, afzender, ontvanger, identificatie, dagtekening, party,
                         sha256, raw, state, heen_id, stuf_referentienummer, stuf_crossref)
    values ('out', ${channel}, ${m.berichtcode}, ${m.afzender}, ${m.ontvanger}, ${m.identificatie}, ${m.dagtekening}, ${m.party},
            sha256(${raw}), ${raw}, 'queued', ${m.heenId ?? null},
            ${channel === 'stuf' ? randomUUID() : null}, ${m.stufCrossref ?? null})
    returning id`;
  const [o] = await tx<{ id: number }[]>`
    insert into outbox (bericht_id, party, channel, endpoint) values (${b!.id}, ${m.party}, ${channel}, ${endpoint})
    returning id`;
  return { berichtId: b!.id, outboxId: o!.id, channel };
}

/**
 * Our next BerichtIdentificatie: a database sequence, so unique for every berichtsoort of every
 * sender (TR056) across restarts and service instances, without a lock workers could wait on.
 */
export async function nextIdentificatie(tx: Sql): Promise<string> {
  const [row] = await tx<{ n: number }[]>`select nextval('bericht_identificatie_seq') as n`;
  return String(row!.n);
}
