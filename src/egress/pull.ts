/**
 * Pull egress, like the hubs' pull interfaces: a counterparty lists its outgoing messages after a
 * cursor, fetches each, and acknowledges it explicitly. Until acknowledged a message stays listed
 * (from cursor 0), so a client that crashed between fetch and acknowledgement loses nothing.
 */
import type { FastifyInstance } from 'fastify';
import type { Sql } from '../db/index.js';
import { mayRead, requireClient } from '../http/auth.js';
import { partyKey, type AuthenticatedClient } from '../auth/clients.js';
import type { Metrics } from '../metrics.js';
import { markDelivered } from './dispatcher.js';

export function registerPull(app: FastifyInstance, deps: { sql: Sql; metrics: Metrics }): void {
  const auth = requireClient(deps.sql);
  const { sql } = deps;

  app.get<{ Querystring: { na?: string; limit?: string } }>('/berichten/uitgaand', { preHandler: auth }, async (req, reply) => {
    const na = req.query.na === undefined ? 0 : Number(req.query.na);
    const limit = req.query.limit === undefined ? 100 : Number(req.query.limit);
    if (!Number.isSafeInteger(na) || na < 0) return reply.code(400).send({ error: "'na' is the cursor of the previous page: a whole number ≥ 0" });
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) return reply.code(400).send({ error: "'limit' is a whole number from 1 to 1000" });
    const client = req.client!;
    const hub = client.party.kind === 'hub';
    const rows = await sql<{ id: number; berichtId: number; berichtcode: string; party: string; identificatie: string; heenId: number | null; aangemaaktOp: Date }[]>`
      select o.id, b.id as "berichtId", b.berichtcode, o.party, b.identificatie, b.heen_id as "heenId", b.created_at as "aangemaaktOp"
      from outbox o join bericht b on b.id = o.bericht_id
      where o.channel = 'pull' and o.state = 'pending' and o.id > ${na}
        and (${hub} or o.party = ${partyKey(client.party)})
      order by o.id limit ${limit}`;
    return {
      berichten: rows.map((r) => ({ ...r, href: `/berichten/uitgaand/${r.id}` })),
      volgende: rows.length ? rows[rows.length - 1]!.id : na,
    };
  });

  app.get<{ Params: { id: string } }>('/berichten/uitgaand/:id', { preHandler: auth }, async (req, reply) => {
    const row = await ownRow(req.params.id, req.client!);
    if (!row) return reply.code(404).send({ error: `no outgoing message ${req.params.id} for you` });
    return reply.type('application/xml; charset=utf-8').header('x-ijw-berichtcode', row.berichtcode).send(row.raw);
  });

  app.post<{ Params: { id: string } }>('/berichten/uitgaand/:id/ontvangen', { preHandler: auth }, async (req, reply) => {
    const row = await ownRow(req.params.id, req.client!);
    if (!row) return reply.code(404).send({ error: `no outgoing message ${req.params.id} for you` });
    // Acknowledging twice is fine: the second does nothing.
    if (await markDelivered(sql, row.id, row.attempts, 'acknowledged', `pull by client ${req.client!.clientId}`)) deps.metrics.deliveredOut('pull');
    return reply.code(204).send();
  });

  async function ownRow(idText: string, client: AuthenticatedClient) {
    const id = Number(idText);
    if (!Number.isSafeInteger(id) || id <= 0) return undefined;
    const [row] = await sql<{ id: number; party: string; raw: Buffer; berichtcode: string; attempts: number }[]>`
      select o.id, o.party, b.raw, b.berichtcode, o.attempts from outbox o join bericht b on b.id = o.bericht_id
      where o.id = ${id} and o.channel = 'pull'`;
    return row && mayRead(client, row.party) ? row : undefined;
  }
}
