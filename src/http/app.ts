/**
 * The HTTP service. Always: GET /health and POST /check (XML in, the JSON check report out, like
 * the national validation service; ?retour=1 adds the retourbericht we would send). With a
 * pipeline: the message routes (src/ingress/http.ts, src/egress/pull.ts), StUF-GGk
 * (src/ingress/stuf.ts), GET /ready and GET /metrics.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Sql } from '../db/index.js';
import { migrationsApplied } from '../db/migrate.js';
import { registerPull } from '../egress/pull.js';
import { registerBerichten, type IngressDeps } from '../ingress/http.js';
import { loggerOptions } from '../log.js';
import { checkMessage } from '../process/check.js';

export interface Pipeline extends IngressDeps {
  /** Extra readiness checks (e.g. the AMQP connection), by name. */
  readiness?: Record<string, () => boolean>;
  /** Registers further routes (StUF-GGk). */
  extraRoutes?: (app: FastifyInstance) => void;
}

export interface AppOptions {
  maxBytes: number;
  logLevel?: string;
  /** A logger shared with the rest of the service (else the app makes its own). */
  logger?: Logger;
  pipeline?: Pipeline;
}

export function buildApp(opts: AppOptions): FastifyInstance {
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: loggerOptions(opts.logLevel ?? 'info') }),
    // One byte more than the intake limit, so intake (not fastify) names the limit in its error.
    bodyLimit: opts.maxBytes + 1,
    // A shared pino logger changes only the logger's type parameter; routes see the plain instance.
  }) as unknown as FastifyInstance;

  // The body is kept as raw bytes: intake checks BOM, encoding and DOCTYPE before anything parses it.
  app.addContentTypeParser(['application/xml', 'text/xml', 'application/soap+xml'], { parseAs: 'buffer' }, (_req, body, done) => {
    done(null, body);
  });

  app.setErrorHandler((err: { code?: string; statusCode?: number; message: string }, req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ error: `message larger than the limit of ${opts.maxBytes} bytes (IJW_MAX_BYTES)` });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({ error: 'send the message as application/xml or text/xml' });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'request failed');
    return reply.code(status).send({ error: status === 500 ? 'internal error' : err.message });
  });

  app.get('/health', async () => ({ status: 'ok' }));

  app.post<{ Querystring: { retour?: string } }>('/check', async (req, reply) => {
    if (!Buffer.isBuffer(req.body)) {
      return reply.code(415).send({ error: 'send the message as application/xml' });
    }
    const outcome = checkMessage(req.body, { maxBytes: opts.maxBytes, retour: req.query.retour === '1' || req.query.retour === 'true' });
    req.log.info({ berichtcode: outcome.report.berichtcode, verdict: outcome.report.verdict, errors: outcome.report.errors.length }, 'checked');
    return reply.send(outcome.retour ? { ...outcome.report, retour: outcome.retour } : outcome.report);
  });

  const p = opts.pipeline;
  if (p) {
    registerBerichten(app, p);
    registerPull(app, p);
    p.extraRoutes?.(app);
    app.get('/ready', async (_req, reply) => {
      const checks: Record<string, boolean> = { database: await databaseReachable(p.sql), migrations: await migrationsApplied(p.sql).catch(() => false) };
      for (const [name, check] of Object.entries(p.readiness ?? {})) checks[name] = check();
      const ready = Object.values(checks).every(Boolean);
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
    });
    app.get('/metrics', async (_req, reply) => reply.type('text/plain; version=0.0.4').send(await p.metrics.render(p.sql)));
  }

  return app;
}

async function databaseReachable(sql: Sql): Promise<boolean> {
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  }
}
