/**
 * The inbox: the one door every incoming message passes, whatever the transport (HTTP, AMQP,
 * StUF-GGk). Intake hardening and CL1 run first; then the raw bytes and their metadata are
 * committed before the caller may say "received". The same bytes from the same sender again give
 * the same id and are not processed twice. A message that fails CL1 is kept too (state
 * 'rejected', never processed, no retourbericht: IV028).
 */
import { createHash } from 'node:crypto';
import type { AuthenticatedClient } from '../auth/clients.js';
import type { Sql } from '../db/index.js';
import type { MessageCode } from '../message/model/dsl.js';
import type { Berichten } from '../message/types.generated.js';
import { readMessage, type CheckReport } from '../process/check.js';
import type { WorkingDayCalendar } from '../process/terms/index.js';
import { answerDeadline } from './deadline.js';
import { rememberParsed } from './parsed.js';

/** What a municipality receives; everything else is sent by a municipality. */
export const RECEIVED: ReadonlySet<MessageCode> = new Set<MessageCode>(['JW302', 'JW305', 'JW307', 'JW315', 'JW317', 'JW320', 'JW323']);
/** Retours from a provider: the header is a copy of ours, so the provider is the Ontvanger. */
const RETOURS: ReadonlySet<MessageCode> = new Set<MessageCode>(['JW302', 'JW320']);

export type Channel = 'http' | 'amqp' | 'stuf';

export interface AcceptInput {
  bytes: Uint8Array;
  client: AuthenticatedClient;
  channel: Channel;
  maxBytes: number;
  stuf?: { referentienummer: string; crossRefnummer?: string };
  calendar: WorkingDayCalendar;
  /** The message the transport announced (StUF functie); another one is refused. */
  expect?: MessageCode;
  now?: Date;
}

export type Accepted =
  | {
      kind: 'stored';
      id: number;
      /** The same bytes from the same sender were already in the inbox. */
      duplicate: boolean;
      state: 'received' | 'processed' | 'rejected';
      berichtcode: MessageCode | null;
      /** The CL1 report when the message is rejected at intake or by the XSD. */
      report?: CheckReport;
    }
  | { kind: 'refused'; status: 403 | 413 | 422; rule: string; error: string };

interface Header {
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: { Identificatie: string; Dagtekening: string };
  XsdVersie: { BasisschemaXsdVersie: string; BerichtXsdVersie: string };
}

export async function accept(sql: Sql, input: AcceptInput): Promise<Accepted> {
  const { bytes, client } = input;
  const read = readMessage(bytes, { maxBytes: input.maxBytes, maxErrors: 50 });
  const sha256 = createHash('sha256').update(bytes).digest();
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stuf = { ref: input.stuf?.referentienummer ?? null, cross: input.stuf?.crossRefnummer ?? null };

  if (!read.ok) {
    const e = read.report.errors[0];
    // Over the size limit nothing is kept: storing it is exactly what the limit prevents.
    if (e?.rule === 'INTAKE-SIZE') return { kind: 'refused', status: 413, rule: e.rule, error: e.message };
    const party = `${client.party.kind}:${client.party.code}`;
    const row = await insertOrFind(sql, {
      channel: input.channel, berichtcode: read.report.berichtcode, party, client_id: client.clientId, sha256, raw,
      state: 'rejected', verdict: 'xsd', errors: read.report.errors, stuf_referentienummer: stuf.ref, stuf_crossref: stuf.cross,
    });
    return { kind: 'stored', id: row.id, duplicate: row.duplicate, state: row.state, berichtcode: read.report.berichtcode, report: read.report };
  }

  const { code, bericht } = read;
  if (input.expect && code !== input.expect) {
    return { kind: 'refused', status: 422, rule: 'functie', error: `the transport announces a ${input.expect}, but the message is a ${code}` };
  }
  if (!RECEIVED.has(code)) {
    return {
      kind: 'refused', status: 422, rule: 'BerichtCode',
      error: `${code} is sent by a municipality, not to one; this service receives ${[...RECEIVED].join(', ')}`,
    };
  }
  const h = (bericht as { Header: Header }).Header;
  const retour = RETOURS.has(code);
  const agb = retour ? h.Ontvanger : h.Afzender;
  const gemeente = retour ? h.Afzender : h.Ontvanger;
  const field = retour ? 'Header/Ontvanger' : 'Header/Afzender';
  // A provider sends only as itself; a gemeente client never sends provider messages; a hub relays for all.
  if (client.party.kind === 'gemeente' || (client.party.kind === 'agb' && client.party.code !== agb)) {
    return {
      kind: 'refused', status: 403, rule: field,
      error: `${field} is AGB ${agb}, but this client is authenticated as ${client.party.kind} ${client.party.code}`,
    };
  }
  const bsns = clientBsns(code, bericht);
  const now = input.now ?? new Date();
  const row = await insertOrFind(sql, {
    channel: input.channel, berichtcode: code, afzender: h.Afzender, ontvanger: h.Ontvanger,
    identificatie: h.BerichtIdentificatie.Identificatie, dagtekening: h.BerichtIdentificatie.Dagtekening,
    xsd_versie: `${h.XsdVersie.BasisschemaXsdVersie}/${h.XsdVersie.BerichtXsdVersie}`,
    // The raw bytes sent as the text they were decoded to and encoded again by the server: the same
    // bytes (strict UTF-8, no BOM, checked at intake), half the size of a bytea parameter, which the
    // driver sends as hex (measured on 8 MB: 120 ms as hex, 28 ms so, with lz4 from migration 007).
    party: `agb:${agb}`, client_id: client.clientId, sha256, raw: sql`convert_to(${read.text}::text, 'UTF8')`, state: 'received',
    deadline: answerDeadline(code, now, input.calendar),
    // Receipt by the service's clock: the terms count from it (and ijw simulate moves it).
    created_at: now,
    order_prefix: `${gemeente}|${agb}`,
    // One client: order per client. Several (a JW323): wait for, and hold up, the whole prefix.
    order_client: bsns.length === 1 ? createHash('sha256').update(bsns[0]!).digest('hex').slice(0, 16) : null,
    stuf_referentienummer: stuf.ref, stuf_crossref: stuf.cross,
  });
  if (!row.duplicate) rememberParsed(row.id, read);
  return { kind: 'stored', id: row.id, duplicate: row.duplicate, state: row.state, berichtcode: code };
}

function clientBsns(code: MessageCode, bericht: Berichten[MessageCode]): string[] {
  if (code === 'JW323') return [...new Set((bericht as Berichten['JW323']).Declaratie.Clienten.Client.map((c) => c.Bsn))];
  const c = (bericht as { Client?: { Bsn: string } }).Client;
  return c ? [c.Bsn] : [];
}

type Row = Record<string, unknown> & { party: string; sha256: Buffer };

async function insertOrFind(sql: Sql, row: Row): Promise<{ id: number; duplicate: boolean; state: 'received' | 'processed' | 'rejected' }> {
  const values = { direction: 'in', ...row, errors: row.errors === undefined ? null : sql.json(row.errors as never) };
  const inserted = await sql<{ id: number; state: 'received' | 'rejected' }[]>`
    insert into bericht ${sql(values)}
    on conflict (party, sha256) where direction = 'in' do nothing
    returning id, state`;
  if (inserted[0]) return { ...inserted[0], duplicate: false };
  const [found] = await sql<{ id: number; state: 'received' | 'processed' | 'rejected' }[]>`
    select id, state from bericht where direction = 'in' and party = ${row.party} and sha256 = ${row.sha256}`;
  if (!found) throw new Error('inbox: a conflicting row vanished; retry');
  return { ...found, duplicate: true };
}
