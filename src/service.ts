/**
 * Wires the service together: database (server or embedded) and migrations, inbox workers, the
 * outbox dispatcher with its transports, AMQP ingress, and the HTTP app. close() shuts down in the
 * order that loses nothing: stop taking new messages, let the workers and the dispatcher finish
 * their round in progress, then close the connections.
 */
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/index.js';
import { migrate } from './db/migrate.js';
import { createAmqpPublisher, type AmqpPublisher } from './egress/amqp.js';
import { startDispatcher, type Deliver, type Dispatcher } from './egress/dispatcher.js';
import { httpTransport } from './egress/http.js';
import { stufTransport } from './egress/stuf.js';
import { buildApp } from './http/app.js';
import { accept } from './inbox/accept.js';
import { loadRegios, type Regio } from './ledger/regio/index.js';
import { startAmqpIngress, type AmqpIngress } from './ingress/amqp.js';
import { registerToewijzingen } from './backoffice/toewijzingen.js';
import { registerVerzoeken } from './backoffice/verzoeken.js';
import { registerTermijnen } from './backoffice/termijnen.js';
import { registerWerklijst } from './backoffice/werklijst.js';
import { registerStuf } from './ingress/stuf.js';
import { createLogger } from './log.js';
import { Metrics } from './metrics.js';
import { calendarFromEnv, type WorkingDayCalendar } from './process/terms/index.js';
import { startWorkers, type Workers } from './process/worker.js';
import { DEFAULT_BEWAKER, startBewaker, type BewakerConfig, type Gevuurd } from './process/terms/bewaker.js';
import type { Loop } from './loop.js';

export interface Service {
  app: FastifyInstance;
  db: Database;
  metrics: Metrics;
  workers: Workers;
  dispatcher: Dispatcher;
  /** The termijnbewaker: automatic "in onderzoek" and escalation (src/process/terms/bewaker.ts). */
  bewaker: Loop & { drain(): Promise<Gevuurd> };
  termijnen: BewakerConfig;
  calendar: WorkingDayCalendar;
  /** The region contracts, validated at start-up (the ledger rules use them). */
  regios: Regio[];
  log: Logger;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Replace transports (tests). */
  transports?: Partial<Record<'http' | 'amqp' | 'stuf', Deliver>>;
  /** Start workers and dispatcher (default true); tests may drive them by hand. */
  background?: boolean;
  /** Delivery backoff after failed attempt n (tests shorten it). */
  backoffMs?: (attempt: number) => number;
  /**
   * The service's clock: receipt times, deadlines, Dagtekeningen, Toewijzingsdatum/-tijd and the
   * moment messages are judged. Default: the system clock; `ijw simulate` and tests move their own.
   */
  now?: () => Date;
}

export async function startService(config: Config, opts: ServiceOptions = {}): Promise<Service> {
  // Contract data first: a region file with an error stops start-up with every error listed.
  const regios = loadRegios(config.regionsDir);
  // Per worker one connection for its transaction and one for a declaration's reads beside it.
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, max: 2 * config.workers + 6 });
  const metrics = new Metrics();
  const calendar = calendarFromEnv(process.env);
  let app: FastifyInstance | undefined;
  let publisher: AmqpPublisher | undefined;
  let ingress: AmqpIngress | undefined;
  try {
    const applied = await migrate(db.sql);
    const background = opts.background ?? true;
    const now = opts.now ?? ((): Date => new Date());
    const log = createLogger(config.logLevel);

    // Built before the app so the app's logger can be shared; routes are registered below.
    let pokeWorkers = (): void => {};
    let pokeDispatcher = (): void => {};
    app = buildApp({
      maxBytes: config.maxBytes,
      logger: log,
      pipeline: {
        sql: db.sql,
        metrics,
        calendar,
        now,
        maxBytes: config.maxBytes,
        onStored: () => pokeWorkers(),
        readiness: { amqp: () => (config.amqp ? (ingress?.connected() ?? false) : true) },
        extraRoutes: (a) => {
          registerStuf(a, { sql: db.sql, metrics, calendar, now, maxBytes: config.maxBytes, onStored: () => pokeWorkers() });
          registerToewijzingen(a, { sql: db.sql, metrics, regios, now, onQueued: () => pokeDispatcher() });
          registerVerzoeken(a, { sql: db.sql, metrics, regios, now, onQueued: () => pokeDispatcher() });
          registerWerklijst(a, { sql: db.sql, calendar, now });
          registerTermijnen(a, { sql: db.sql, calendar, now, bewaker: config.termijnen ?? DEFAULT_BEWAKER });
        },
      },
    });
    log.info({ database: db.mode, where: db.describe, migrationsApplied: applied, regios: regios.map((r) => r.id) }, 'database ready');
    if (db.mode === 'embedded') {
      // An embedded database has one owner: a lease still set was held by this service before it
      // died, so the deliveries it had started can be retried now rather than when the lease expires.
      const released = await db.sql`update outbox set lease_until = null where lease_until is not null and state = 'pending' returning id`;
      if (released.length) log.warn({ outbox: released.length }, 'released delivery leases of a previous run');
    }

    if (config.amqp) publisher = createAmqpPublisher({ url: config.amqp.url, log });
    const amqpExchange = config.amqp?.exchange ?? '';
    const transports: Partial<Record<'http' | 'amqp' | 'stuf', Deliver>> = {
      http: httpTransport(),
      stuf: stufTransport(),
      ...(publisher
        ? {
            amqp: (item) =>
              publisher!.publish({ exchange: amqpExchange, routingKey: item.endpoint, body: item.raw, messageId: `ijw-bericht-${item.berichtId}`, type: item.berichtcode }),
          }
        : {}),
      ...opts.transports,
    };

    const workers = startWorkers({
      sql: db.sql,
      log,
      metrics,
      // PGlite is one connection: more workers would only queue behind each other.
      concurrency: background ? (db.mode === 'embedded' ? 1 : config.workers) : 0,
      regios,
      now,
      calendar,
      // The pool has a connection per worker to spare (max above), so a declaration's reads run beside
      // its transaction; PGlite has one connection.
      ...(db.mode === 'server' ? { lezer: db.sql } : {}),
      onProcessed: () => dispatcher.poke(),
    });
    pokeWorkers = workers.poke;
    const dispatcher: Dispatcher = startDispatcher({ sql: db.sql, log, metrics, transports, concurrency: background ? 1 : 0, ...(opts.backoffMs ? { backoffMs: opts.backoffMs } : {}) });
    pokeDispatcher = dispatcher.poke;
    const termijnen = config.termijnen ?? DEFAULT_BEWAKER;
    const bewaker = startBewaker({
      sql: db.sql,
      log,
      now,
      cfg: termijnen,
      calendar,
      concurrency: background ? 1 : 0,
      onGevuurd: (g) => {
        metrics.termijnbewaker(g);
        dispatcher.poke();
      },
    });

    if (config.amqp) {
      const { party } = config.amqp;
      ingress = await startAmqpIngress({
        url: config.amqp.url,
        queue: config.amqp.inboxQueue,
        deadLetterQueue: config.amqp.deadLetterQueue,
        log,
        accept: async (body) => {
          const r = await accept(db.sql, { bytes: body, client: { clientId: null, party }, channel: 'amqp', maxBytes: config.maxBytes, calendar, now: now() });
          if (r.kind === 'refused') {
            metrics.refusedIn(r.rule);
            return { kind: 'refused', reason: `${r.rule}: ${r.error}` };
          }
          if (!r.duplicate) {
            metrics.stored(r.berichtcode, 'amqp', r.state === 'rejected' ? 'xsd' : undefined);
            if (r.state === 'received') workers.poke();
          }
          return { kind: 'stored', id: r.id, duplicate: r.duplicate };
        },
      });
    }

    const service: Service = {
      app,
      db,
      metrics,
      workers,
      dispatcher,
      bewaker,
      termijnen,
      calendar,
      regios,
      log,
      close: async () => {
        // 1. No new work: HTTP stops accepting (in-flight requests finish), the queue stops consuming.
        // Each step is logged, so a shutdown that hangs shows where.
        await app!.close();
        await ingress?.stop();
        log.info('shutdown: no new work is taken');
        // 2. Finish the rounds in progress; their transactions commit or roll back, nothing is half done.
        await workers.stop();
        await bewaker.stop();
        await dispatcher.stop();
        log.info('shutdown: rounds in progress finished');
        await publisher?.close();
        await db.close();
        log.info('shutdown: connections closed');
      },
    };
    return service;
  } catch (e) {
    await app?.close().catch(() => {});
    await ingress?.stop().catch(() => {});
    await publisher?.close().catch(() => {});
    await db.close().catch(() => {});
    throw e;
  }
}
