/**
 * Clients and the party each authenticates as. An API key is 32 random bytes (base64url); only its
 * sha256 is stored, so a database dump yields no usable key.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../db/index.js';

export type PartyKind = 'agb' | 'gemeente' | 'hub';

export interface Party {
  kind: PartyKind;
  code: string;
}

export interface AuthenticatedClient {
  /** null for a transport that authenticates below us (the AMQP broker). */
  clientId: number | null;
  party: Party;
}

/** 'agb:12345678', 'gemeente:0363', 'hub:ggk': how a party is written in bericht.party and kanaal. */
export const partyKey = (p: Party): string => `${p.kind}:${p.code}`;

export function parseParty(s: string): Party {
  const m = /^(agb|gemeente|hub):(.+)$/.exec(s);
  if (!m) throw new Error(`'${s}' is not a party; write agb:<8 digits>, gemeente:<4 digits> or hub:<name>`);
  const party = { kind: m[1] as PartyKind, code: m[2]! };
  const ok = party.kind === 'agb' ? /^\d{8}$/.test(party.code) : party.kind === 'gemeente' ? /^\d{4}$/.test(party.code) : /^[a-z0-9-]{2,32}$/.test(party.code);
  if (!ok) throw new Error(`'${s}': an AGB code has 8 digits, a gemeente code 4, a hub name 2-32 of a-z, 0-9 and -`);
  return party;
}

const keyHash = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** Registers a client and returns its API key (shown once). */
export async function createClient(sql: Sql, party: Party, label = ''): Promise<{ clientId: number; apiKey: string }> {
  parseParty(partyKey(party));
  const apiKey = `ijw_${randomBytes(32).toString('base64url')}`;
  const [row] = await sql<{ id: number }[]>`
    insert into client (party_kind, party_code, label, key_sha256)
    values (${party.kind}, ${party.code}, ${label}, ${keyHash(apiKey)})
    returning id`;
  return { clientId: row!.id, apiKey };
}

export async function disableClient(sql: Sql, clientId: number): Promise<boolean> {
  const rows = await sql`update client set disabled_at = now() where id = ${clientId} and disabled_at is null returning id`;
  return rows.length > 0;
}

export async function authenticate(sql: Sql, apiKey: string | undefined): Promise<AuthenticatedClient | null> {
  if (!apiKey) return null;
  const [row] = await sql<{ id: number; party_kind: PartyKind; party_code: string }[]>`
    select id, party_kind, party_code from client where key_sha256 = ${keyHash(apiKey)} and disabled_at is null`;
  return row ? { clientId: row.id, party: { kind: row.party_kind, code: row.party_code } } : null;
}
