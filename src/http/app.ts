/**
 * HTTP API of the message layer: GET /health and POST /check (XML in, the JSON check report out,
 * like the national validation service). With ?retour=1 the report includes the retourbericht we
 * would send.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { loggerOptions } from '../log.js';
import { checkMessage } from '../process/check.js';

export interface AppOptions {
  maxBytes: number;
  logLevel?: string;
}

export function buildApp(opts: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: loggerOptions(opts.logLevel ?? 'info'),
    // One byte more than the intake limit, so intake (not fastify) names the limit in its error.
    bodyLimit: opts.maxBytes + 1,
  });

  // The body is kept as raw bytes: intake checks BOM, encoding and DOCTYPE before anything parses it.
  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'buffer' }, (_req, body, done) => {
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

  return app;
}
