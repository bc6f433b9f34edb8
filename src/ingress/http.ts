/**
 * HTTP ingress: POST /berichten stores a message in the inbox (202 + id once committed) and
 * GET /berichten/:id tells its sender what became of it.
 */
import type { FastifyInstance } from 'fastify';
import type { Sql } from '../db/index.js';
import { accept } from '../inbox/accept.js';
import type { Metrics } from '../metrics.js';
import type { WorkingDayCalendar } from '../process/terms/index.js';
import { mayRead, requireClient } from '../http/auth.js';

export interface IngressDeps {
  sql: Sql;
  metrics: Metrics;
  calendar: WorkingDayCalendar;
  /** The service's clock (receipt time and deadline). */
  now: () => Date;
  maxBytes: number;
  /** Wake the workers: a message was stored. */
  onStored(): void;
}

export function registerBerichten(app: FastifyInstance, deps: IngressDeps): void {
  const auth = requireClient(deps.sql);

  app.post('/berichten', { preHandler: auth }, async (req, reply) => {
    if (!Buffer.isBuffer(req.body)) return reply.code(415).send({ error: 'send the message as application/xml' });
    const result = await accept(deps.sql, { bytes: req.body, client: req.client!, channel: 'http', maxBytes: deps.maxBytes, calendar: deps.calendar, now: deps.now() });
    if (result.kind === 'refused') {
      deps.metrics.refusedIn(result.rule);
      req.log.warn({ status: result.status, rule: result.rule }, 'message refused');
      return reply.code(result.status).send({ error: result.error, rule: result.rule });
    }
    if (!result.duplicate) {
      deps.metrics.stored(result.berichtcode, 'http', result.state === 'rejected' ? 'xsd' : undefined);
      if (result.state === 'received') deps.onStored();
    }
    req.log.info({ bericht: result.id, berichtcode: result.berichtcode, state: result.state, duplicate: result.duplicate }, 'message stored');
    const body = { id: result.id, berichtcode: result.berichtcode, status: result.state, duplicate: result.duplicate };
    // CL1: stored for the record, never processed, no retourbericht (IV028); the sender hears it here.
    if (result.state === 'rejected') return reply.code(400).send({ ...body, report: result.report });
    return reply.code(202).header('location', `/berichten/${result.id}`).send(body);
  });

  app.get<{ Params: { id: string } }>('/berichten/:id', { preHandler: auth }, async (req, reply) => {
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id <= 0) return reply.code(400).send({ error: 'id must be a positive whole number' });
    const [row] = await deps.sql<Record<string, unknown>[]>`
      select b.id, b.party, b.berichtcode, b.identificatie, b.state as status, b.verdict, b.retourcodes, b.errors,
             b.created_at as "ontvangenOp", b.processed_at as "verwerktOp", b.deadline,
             a.id as "antwoordId", a.berichtcode as "antwoordBerichtcode", a.state as "antwoordStatus"
      from bericht b
      left join lateral (
        select id, berichtcode, state from bericht where heen_id = b.id and direction = 'out' order by id limit 1) a on true
      where b.id = ${id} and b.direction = 'in'`;
    // Someone else's message is reported as absent, not as forbidden: ids are not a side channel.
    if (!row || !mayRead(req.client!, row.party as string)) return reply.code(404).send({ error: `no message ${id} of yours` });
    const { party: _party, antwoordId, antwoordBerichtcode, antwoordStatus, ...rest } = row;
    return {
      ...rest,
      antwoord: antwoordId ? { id: antwoordId, berichtcode: antwoordBerichtcode, status: antwoordStatus } : null,
    };
  });
}
