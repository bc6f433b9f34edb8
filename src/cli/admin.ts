/**
 * Administrative commands on the service's database (the same configuration as `npm start`:
 * DATABASE_URL, or the embedded database under IJW_DATA_DIR). With the embedded database, run them
 * while the service is stopped: an embedded database has one owner at a time.
 */
import { createClient, disableClient, parseParty } from '../auth/clients.js';
import { loadConfig } from '../config.js';
import { openDatabase, type Sql } from '../db/index.js';
import { migrate } from '../db/migrate.js';

export const ADMIN_USAGE = `  ijw migrate
      apply the database migrations (the service also does this at start-up)
  ijw client add <agb:NNNNNNNN|gemeente:NNNN|hub:name> [--label text]
      register a client; prints its API key once
  ijw client list | ijw client disable <id>
  ijw kanaal set <agb:NNNNNNNN|*> <http|amqp|stuf> <endpoint> | ijw kanaal set <party|*> pull
      how outgoing messages reach a party ('*': everyone without a row of their own; default: pull)
  ijw kanaal list`;

export class AdminUsageError extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export async function admin(cmd: string, args: string[], io: Io): Promise<number> {
  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, max: 1 });
  try {
    const applied = await migrate(db.sql);
    if (cmd === 'migrate') {
      io.out(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
      return 0;
    }
    if (cmd === 'client') return await client(db.sql, args, io);
    if (cmd === 'kanaal') return await kanaal(db.sql, args, io);
    throw new AdminUsageError(`unknown command ${cmd}`);
  } finally {
    await db.close();
  }
}

async function client(sql: Sql, args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    const partyText = rest[0];
    if (!partyText) throw new AdminUsageError('ijw client add needs a party, e.g. agb:12345678');
    const li = rest.indexOf('--label');
    const label = li >= 0 ? rest[li + 1] ?? '' : '';
    let party;
    try {
      party = parseParty(partyText);
    } catch (e) {
      throw new AdminUsageError((e as Error).message);
    }
    const { clientId, apiKey } = await createClient(sql, party, label);
    io.out(`client ${clientId} (${partyText}) API key, shown once:\n${apiKey}`);
    return 0;
  }
  if (sub === 'list') {
    const rows = await sql<{ id: number; party_kind: string; party_code: string; label: string; disabled_at: Date | null }[]>`
      select id, party_kind, party_code, label, disabled_at from client order by id`;
    for (const r of rows) io.out(`${r.id}\t${r.party_kind}:${r.party_code}\t${r.disabled_at ? 'disabled' : 'active'}\t${r.label}`);
    return 0;
  }
  if (sub === 'disable') {
    const id = Number(rest[0]);
    if (!Number.isSafeInteger(id) || id <= 0) throw new AdminUsageError('ijw client disable needs a client id');
    if (!(await disableClient(sql, id))) {
      io.err(`ijw: no active client ${id}`);
      return 1;
    }
    io.out(`client ${id} disabled`);
    return 0;
  }
  throw new AdminUsageError('ijw client add | list | disable');
}

async function kanaal(sql: Sql, args: string[], io: Io): Promise<number> {
  const [sub, party, channel, endpoint] = args;
  if (sub === 'list') {
    const rows = await sql<{ party: string; channel: string; endpoint: string | null }[]>`select party, channel, endpoint from kanaal order by party`;
    for (const r of rows) io.out(`${r.party}\t${r.channel}\t${r.endpoint ?? ''}`);
    return 0;
  }
  if (sub !== 'set' || !party || !channel) throw new AdminUsageError('ijw kanaal set <party|*> <channel> [endpoint] | ijw kanaal list');
  if (party !== '*' && !/^(agb:\d{8}|gemeente:\d{4})$/.test(party)) throw new AdminUsageError(`'${party}': write agb:<8 digits>, gemeente:<4 digits> or *`);
  if (!['http', 'amqp', 'stuf', 'pull'].includes(channel)) throw new AdminUsageError(`channel '${channel}': http, amqp, stuf or pull`);
  if ((channel === 'pull') !== (endpoint === undefined)) {
    throw new AdminUsageError(channel === 'pull' ? 'pull takes no endpoint' : `${channel} needs an endpoint (a URL, or for amqp the queue/routing key)`);
  }
  if ((channel === 'http' || channel === 'stuf') && !/^https?:\/\//.test(endpoint!)) throw new AdminUsageError(`${channel} endpoint must be an http(s) URL`);
  await sql`
    insert into kanaal (party, channel, endpoint) values (${party}, ${channel}, ${endpoint ?? null})
    on conflict (party) do update set channel = excluded.channel, endpoint = excluded.endpoint`;
  io.out(`${party} → ${channel}${endpoint ? ` ${endpoint}` : ''}`);
  return 0;
}
