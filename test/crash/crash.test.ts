/**
 * Crash safety of the whole service process: kill -9 in the middle of a batch of a thousand
 * messages, restart, resubmit what got no 202 (and some that did), kill -9 again while the backlog
 * is being processed — three times — restart once more; then every message is stored exactly once,
 * every 202 named it, and it is answered exactly once, and the answer reached the counterparty (at
 * least once, always under the same Idempotency-Key and with the same bytes). Runs on the embedded
 * database (PGlite in a data directory that outlives the process) and, when configured, on a
 * PostgreSQL server (test/support/db.ts), where a monitor also watches the database while it runs.
 *
 * Nothing in the database is touched behind the service's back between the crashes: whatever the
 * restart finds (half-done transactions, leased outbox rows) the service must sort out itself.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/auth/clients.js';
import { openDatabase, type Database } from '../../src/db/index.js';
import { migrate } from '../../src/db/migrate.js';
import type { MessageCode } from '../../src/message/model/dsl.js';
import type { Berichten } from '../../src/message/types.generated.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { fixture } from '../fixtures/berichten.js';
import { DB_MODES, freshDatabase, type DbMode } from '../support/db.js';
import { testBsns } from '../support/jw323-large.js';
import { killAllServiceProcesses, postMessage as post, startServiceProcess, type PostResult, type ServiceProcess } from '../support/service-process.js';

const MESSAGES = 1_000;
const CONCURRENCY = 24;
/** First kill: after this many 202s of the first batch. */
const FIRST_KILL_AFTER = 300;
/** Accepted messages sent again in each later round, to prove resubmission is idempotent. */
const RESUBMIT_SAMPLE = 40;
/** kill -9s in all: one in the first batch, the others while resubmitting with a backlog. */
const KILLS = 4;
/** After the last restart, the inbox must be empty and the outbox delivered within this time. */
const DRAIN_TIMEOUT_MS = 120_000;
/** Eight providers: the dispatcher delivers to each party in order, one message at a time. */
const AGBS = ['42420001', '42420002', '42420003', '42420004', '42420005', '42420006', '42420007', '42420008'] as const;
const ANSWER_OF: Partial<Record<MessageCode, MessageCode>> = { JW315: 'JW316', JW305: 'JW306', JW307: 'JW308', JW323: 'JW325' };

interface Msg {
  n: number;
  code: MessageCode;
  agb: string;
  identificatie: string;
  bytes: Buffer;
  sha256: string;
  /** Every id a 202 gave for this message (all must be the same). */
  ids: number[];
}

/** 1,000 distinct messages over eight providers and sixty clients: JW315, JW305, JW307 and every 37th a JW323. */
function makeMessages(): Msg[] {
  const bsns = testBsns();
  const pool = Array.from({ length: 60 }, () => bsns.next().value as string);
  const out: Msg[] = [];
  for (let n = 0; n < MESSAGES; n++) {
    const agb = AGBS[n % AGBS.length]!;
    const identificatie = `CR${String(n).padStart(6, '0')}`;
    const bsn = pool[n % pool.length]!;
    let code: MessageCode;
    let xml: string;
    if (n % 37 === 36) {
      code = 'JW323';
      const b = fixture('JW323');
      b.Header.Afzender = agb;
      b.Header.BerichtIdentificatie.Identificatie = identificatie;
      b.Declaratie.DeclaratieNummer = `DN${n}`;
      b.Declaratie.Clienten.Client[0]!.Bsn = bsn;
      b.Declaratie.Clienten.Client[1]!.Bsn = pool[(n + 1) % pool.length]!;
      xml = buildMessage(code, b);
    } else {
      code = (['JW315', 'JW305', 'JW307'] as const)[n % 3]!;
      const b = fixture(code) as Berichten['JW315'] | Berichten['JW305'] | Berichten['JW307'];
      b.Header.Afzender = agb;
      b.Header.BerichtIdentificatie.Identificatie = identificatie;
      b.Client.Bsn = bsn;
      xml = buildMessage(code, b as never);
    }
    const bytes = Buffer.from(xml, 'utf8');
    out.push({ n, code, agb, identificatie, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), ids: [] });
  }
  return out;
}

/** The heenbericht an answer refers to: its sender and its BerichtIdentificatie (JW325: DeclaratieIdentificatie). */
function refersTo(xml: string): { code: MessageCode; heen: string } {
  const parsed = parseMessage(xml);
  if (!parsed.ok) throw new Error(`an answer does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  if (parsed.code === 'JW325') {
    const h = (parsed.bericht as Berichten['JW325']).Header;
    return { code: parsed.code, heen: `${h.Ontvanger}/${h.DeclaratieIdentificatie.Identificatie}` };
  }
  const h = (parsed.bericht as { Header: { Afzender: string; BerichtIdentificatie: { Identificatie: string } } }).Header;
  return { code: parsed.code, heen: `${h.Afzender}/${h.BerichtIdentificatie.Identificatie}` };
}

/** The counterparty's HTTP endpoint: records every delivery (key, bytes, time) and says 200. */
async function fakeEndpoint(): Promise<{ url: string; deliveries: Map<string, Buffer[]>; times: number[]; total(): number; close(): Promise<void> }> {
  const deliveries = new Map<string, Buffer[]>();
  const times: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key'] ?? '(none)');
      deliveries.set(key, [...(deliveries.get(key) ?? []), Buffer.concat(chunks)]);
      times.push(Date.now());
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ijw/berichten`,
    deliveries,
    times,
    total: () => times.length,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

interface RoundResult {
  accepted: number;
  /** Sent, but the connection died with the service before an answer came. */
  inFlightLost: Msg[];
  /** Not sent at all: the service was gone. */
  notSent: Msg[];
  /** Messages without an earlier 202 that came back `duplicate: true`: committed, but the 202 was lost in the crash. */
  committedUnacknowledged: number;
  killed: boolean;
  /** When the service was killed: requests in flight, messages processed (embedded: deliveries), worker transactions open (server). */
  atKill?: { inFlight: number; processed: number; workerTransactions: number; delivered: number };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

describe.each(DB_MODES)('kill -9 under load (%s database)', (mode: DbMode) => {
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  let dataDir: string | undefined;
  let endpoint: Awaited<ReturnType<typeof fakeEndpoint>> | undefined;
  /** The test's own connection to the server (server mode only: the embedded database has one session, the service's). */
  let direct: Database | undefined;
  let monitor: ReturnType<typeof invariantMonitor> | undefined;
  const keys = new Map<string, string>();
  const problems: string[] = [];
  /** Errors the services logged, by message (e.g. 'processing failed; will retry: deadlock detected'). */
  const serviceErrors = new Map<string, number>();
  const start = (): Promise<ServiceProcess> =>
    startServiceProcess({
      env: env(),
      onLine: (line) => {
        if (!line.startsWith('{')) return;
        try {
          const entry = JSON.parse(line) as { level?: number; msg?: string; err?: unknown };
          if ((entry.level ?? 0) < 50) return;
          const key = `${entry.msg}${typeof entry.err === 'string' ? `: ${entry.err.slice(0, 80)}` : ''}`;
          serviceErrors.set(key, (serviceErrors.get(key) ?? 0) + 1);
        } catch {
          // not a log entry
        }
      },
    });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  /** The service's environment: the same database every time. */
  const env = (): Record<string, string | undefined> => ({
    DATABASE_URL: mode === 'server' ? db!.databaseUrl : undefined,
    IJW_DATA_DIR: mode === 'embedded' ? dataDir : undefined,
    IJW_WORKERS: '4',
    LOG_LEVEL: 'warn',
  });

  /** A connection of the test's own: to the server, or to the embedded database (only while no service runs). */
  const connect = (): Promise<Database> =>
    openDatabase(mode === 'server' ? { url: db!.databaseUrl, dataDir: 'memory://', max: 2 } : { dataDir: dataDir! });

  beforeAll(async () => {
    endpoint = await fakeEndpoint();
    if (mode === 'server') db = await freshDatabase('server');
    else dataDir = mkdtempSync(join(tmpdir(), 'ijw-crash-'));
    const d = await connect();
    try {
      await migrate(d.sql);
      for (const agb of AGBS) keys.set(agb, (await createClient(d.sql, { kind: 'agb', code: agb }, `crash ${agb}`)).apiKey);
      await d.sql`insert into kanaal (party, channel, endpoint) values ('*', 'http', ${endpoint.url})`;
    } finally {
      await d.close();
    }
    if (mode === 'server') direct = await connect();
  }, 60_000);

  afterAll(async () => {
    await monitor?.stop();
    await killAllServiceProcesses();
    agent.destroy();
    await endpoint?.close();
    await direct?.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /**
   * Whether processing is under way, polled in the background. Server: messages processed so far
   * and worker transactions open right now (a session 'idle in transaction': ingress statements are
   * single autocommit statements, a worker round is one transaction of many). Embedded (the
   * database is the service's alone): deliveries to the counterparty, which follow processing.
   */
  function progressProbe(): { busy(min: number): boolean; state(): { processed: number; workerTransactions: number }; stop(): void } {
    let processed = 0;
    let workerTransactions = 0;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const tick = async (): Promise<void> => {
      if (direct) {
        const [r] = await direct.sql<{ processed: number; tx: number }[]>`
          select (select count(*)::int from bericht where direction = 'in' and state = 'processed') as processed,
                 (select count(*)::int from pg_stat_activity
                  where datname = current_database() and pid <> pg_backend_pid() and state = 'idle in transaction') as tx`.catch(() => [
          { processed, tx: workerTransactions },
        ]);
        processed = r!.processed;
        workerTransactions = r!.tx;
      } else processed = endpoint!.total();
      if (!stopped) timer = setTimeout(() => void tick(), 50);
    };
    void tick();
    return {
      busy: (min) => processed >= min || (direct !== undefined && workerTransactions > 0),
      state: () => ({ processed, workerTransactions }),
      stop: () => {
        stopped = true;
        clearTimeout(timer);
      },
    };
  }

  /**
   * Server mode: watches the database while everything runs (one statement = one snapshot, every
   * ~20 ms) for states that must never be visible: a message still in the inbox whose answer is
   * already committed, or a processed message without an answer. A crash can only expose such a
   * window if it lands in it; the monitor sees it whenever it exists.
   */
  function invariantMonitor(): { stop(): Promise<{ snapshots: number; violations: string[] }> } {
    let snapshots = 0;
    const violations: string[] = [];
    let stopped = false;
    const loop = (async () => {
      while (!stopped && direct) {
        const rows = await direct.sql<{ id: number; state: string; answers: number }[]>`
          select i.id, i.state, (select count(*)::int from bericht o where o.direction = 'out' and o.heen_id = i.id) as answers
          from bericht i
          where i.direction = 'in' and (
            (i.state = 'received' and exists (select 1 from bericht o where o.direction = 'out' and o.heen_id = i.id))
            or (i.state = 'processed' and not exists (select 1 from bericht o where o.direction = 'out' and o.heen_id = i.id)))
          limit 5`.catch(() => []);
        snapshots++;
        for (const r of rows) if (violations.length < 20) violations.push(`inbound ${r.id} ${r.state} with ${r.answers} answer(s)`);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        await loop;
        return { snapshots, violations };
      },
    };
  }

  /**
   * Sends `items`, CONCURRENCY requests at a time over keep-alive connections. With `kill`, kills
   * the service (kill -9) as soon as `after` of them got a 202 and processing is under way (a worker
   * transaction open, or `minProgress` messages processed; embedded: delivered), so that both the
   * ingress and the workers are busy when it dies.
   */
  async function round(svc: ServiceProcess, items: Msg[], kill?: { after: number; minProgress: number }): Promise<RoundResult> {
    let next = 0;
    let stopped = false;
    let inFlight = 0;
    const r: RoundResult = { accepted: 0, inFlightLost: [], notSent: [], committedUnacknowledged: 0, killed: false };
    const probe = progressProbe();
    const worker = async (): Promise<void> => {
      while (!stopped && next < items.length) {
        const m = items[next++]!;
        inFlight++;
        let res: PostResult;
        try {
          res = await post(agent, svc, keys.get(m.agb)!, m.bytes);
        } catch {
          r.inFlightLost.push(m);
          continue;
        } finally {
          inFlight--;
        }
        if (res.status !== 202 || typeof res.body.id !== 'number') {
          problems.push(`message ${m.n}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
          continue;
        }
        if (m.ids.length && (res.body.duplicate !== true || res.body.id !== m.ids[0])) {
          problems.push(`message ${m.n} sent again: got ${JSON.stringify(res.body)}, earlier id ${m.ids[0]}`);
        }
        if (!m.ids.length && res.body.duplicate === true) r.committedUnacknowledged++;
        m.ids.push(res.body.id);
        r.accepted++;
        if (kill && !stopped && r.accepted >= kill.after && probe.busy(kill.minProgress)) {
          stopped = true;
          r.killed = true;
          r.atKill = { inFlight, ...probe.state(), delivered: endpoint!.total() };
          await svc.kill9();
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    } finally {
      probe.stop();
    }
    r.notSent = items.slice(next);
    if (kill && !r.killed) console.log(`[crash ${mode}] not killed: accepted ${r.accepted}, progress ${JSON.stringify(probe.state())}, delivered ${endpoint!.total()}\n${svc.output()}`);
    return r;
  }

  /** Inbox depth and undelivered outbox rows: from the database (server), or the service's /metrics, which reads them from its database (embedded). */
  async function backlog(svc: ServiceProcess): Promise<{ inbox: number; outbox: number; inbound?: number }> {
    if (direct) {
      const [row] = await direct.sql<{ inbox: number; outbox: number; inbound: number }[]>`
        select (select count(*)::int from bericht where direction = 'in' and state = 'received') as inbox,
               (select count(*)::int from outbox where state = 'pending') as outbox,
               (select count(*)::int from bericht where direction = 'in') as inbound`;
      return row!;
    }
    const text = await (await fetch(`${svc.url}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
    const gauge = (re: RegExp) => [...text.matchAll(re)].reduce((sum, m) => sum + Number(m[1]), 0);
    return { inbox: gauge(/^ijw_inbox_depth (\d+)$/gm), outbox: gauge(/^ijw_outbox_pending\{[^}]*\} (\d+)$/gm) };
  }

  it(
    `loses nothing and answers every accepted message exactly once across ${KILLS} kill -9s`,
    async () => {
      const t0 = Date.now();
      const log = (s: string) => console.log(`[crash ${mode}] ${seconds(Date.now() - t0)}: ${s}`);
      const msgs = makeMessages();
      const everAccepted = (): Msg[] => msgs.filter((m) => m.ids.length > 0);
      const sample = (from: Msg[], k: number): Msg[] => from.filter((_, i) => i % Math.max(1, Math.floor(from.length / k)) === 0).slice(0, k);
      const kills: number[] = [];
      let resubmitted = 0;
      let committedUnacknowledged = 0;

      monitor = mode === 'server' ? invariantMonitor() : undefined;

      // 1. The batch; kill -9 after a few hundred 202s, with processing under way.
      let svc = await start();
      log('service ready');
      const a = await round(svc, msgs, { after: FIRST_KILL_AFTER, minProgress: 5 });
      kills.push(Date.now());
      expect(a.killed, 'the first kill came in the middle of the batch').toBe(true);
      expect(a.notSent.length, 'messages were left to send when the service died').toBeGreaterThan(0);
      log(`kill -9 #1 after ${a.accepted} accepted, ${JSON.stringify(a.atKill)}; ${a.inFlightLost.length} requests failed, ${a.notSent.length} not sent`);

      // 2. Restart; resubmit every message without a 202 plus a sample of the accepted ones (same
      //    bytes: same id, duplicate); kill -9 again part-way, while the backlog is being processed.
      //    A crash window can be narrow: several kills make hitting it likely.
      for (let k = 2; k <= KILLS; k++) {
        svc = await start();
        log(`restarted: backlog left by the crash ${JSON.stringify(await backlog(svc))}`);
        const pending = msgs.filter((m) => m.ids.length === 0);
        const items = [...pending, ...sample(everAccepted(), RESUBMIT_SAMPLE)];
        resubmitted += items.length;
        const r = await round(svc, items, { after: Math.max(40, Math.floor(pending.length / 3)), minProgress: 0 });
        kills.push(Date.now());
        committedUnacknowledged += r.committedUnacknowledged;
        expect(r.killed, `kill #${k} came while resubmitting`).toBe(true);
        log(`kill -9 #${k} after ${r.accepted} of ${items.length} resubmissions accepted, ${JSON.stringify(r.atKill)}; ${r.inFlightLost.length} failed, ${r.notSent.length} not sent`);
      }

      // 3. Restart; resubmit what is still without a 202 plus another sample; now nothing may fail.
      svc = await start();
      const restarted = Date.now();
      log(`restarted: backlog left by the crash ${JSON.stringify(await backlog(svc))}`);
      const itemsC = [...msgs.filter((m) => m.ids.length === 0), ...sample(everAccepted(), RESUBMIT_SAMPLE)];
      resubmitted += itemsC.length;
      const c = await round(svc, itemsC);
      committedUnacknowledged += c.committedUnacknowledged;
      expect(c.inFlightLost.length + c.notSent.length, 'every request of the last round got an answer').toBe(0);
      expect(msgs.filter((m) => m.ids.length === 0).map((m) => m.n), 'messages that never got a 202').toEqual([]);

      // 4. Wait until the inbox is empty and every answer is delivered. If that does not happen in
      //    time, the crash invariants below are still checked (and reported), then the test fails.
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      let last = await backlog(svc);
      while ((last.inbox > 0 || last.outbox > 0 || (last.inbound ?? MESSAGES) < MESSAGES) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        last = await backlog(svc);
      }
      const drained = last.inbox === 0 && last.outbox === 0;
      log(drained ? `drained ${seconds(Date.now() - restarted)} after the last restart; ${endpoint!.total()} deliveries` : `NOT drained after ${seconds(DRAIN_TIMEOUT_MS)}: ${JSON.stringify(last)}`);
      // A graceful stop ends the run (and lets the test open the embedded database itself).
      const exitCode = await svc.stop();
      const watched = await monitor?.stop();
      monitor = undefined;
      expect.soft(exitCode, `graceful stop (SIGTERM)\n${svc.output().slice(-2_000)}`).toBe(0);

      // How long the counterparty heard nothing after each kill.
      const times = endpoint!.times;
      const stalls = kills.map((k) => {
        const after = times.find((t) => t > k);
        return after === undefined ? 'none after' : seconds(after - k);
      });

      // 5. The invariants, from the database itself.
      const d = mode === 'server' ? direct! : await connect();
      try {
        type In = { id: number; sha256: Buffer; state: string };
        type Out = { id: number; heen_id: number | null; berichtcode: string; state: string; raw: Buffer; outbox_state: string | null };
        const inbound: In[] = await d.sql<In[]>`
          select id, sha256, state from bericht where direction = 'in' order by id`;
        const [retried] = await d.sql<{ n: number }[]>`select count(*)::int as n from bericht where direction = 'in' and attempts > 0`;
        const outbound: Out[] = await d.sql<Out[]>`
          select b.id, b.heen_id, b.berichtcode, b.state, b.raw, o.state as outbox_state
          from bericht b left join outbox o on o.bericht_id = b.id where b.direction = 'out' order by b.id`;

        // Every message stored exactly once (by the sha256 of its bytes), and nothing else.
        const bySha = new Map<string, In[]>();
        for (const row of inbound) {
          const k = row.sha256.toString('hex');
          bySha.set(k, [...(bySha.get(k) ?? []), row]);
        }
        const lost = msgs.filter((m) => !bySha.has(m.sha256));
        const storedTwice = msgs.filter((m) => (bySha.get(m.sha256)?.length ?? 0) > 1);
        // Every 202 named the row that holds the message (so every 202 for one message the same id).
        const wrongId = msgs.filter((m) => m.ids.some((id) => id !== bySha.get(m.sha256)?.[0]?.id));

        // Every inbound row processed, with exactly one answer, which refers to it and was delivered;
        // a row still in the inbox has none (the answer commits with the state change, or not at all).
        const inboundIds = new Set(inbound.map((r) => r.id));
        const answersOf = new Map<number, Out[]>();
        for (const o of outbound) if (o.heen_id !== null) answersOf.set(o.heen_id, [...(answersOf.get(o.heen_id) ?? []), o]);
        const orphans = outbound.filter((o) => o.heen_id === null || !inboundIds.has(o.heen_id));
        const msgBySha = new Map(msgs.map((m) => [m.sha256, m]));
        const notProcessed = inbound.filter((r) => r.state !== 'processed');
        let duplicatedAnswers = 0;
        const answerProblems: string[] = [];
        const undelivered: string[] = [];
        const expectedKeys = new Map<string, { raw: Buffer; delivered: boolean }>();
        for (const row of inbound) {
          const answers = answersOf.get(row.id) ?? [];
          if (answers.length > 1) duplicatedAnswers += answers.length - 1;
          if (row.state !== 'processed') {
            if (answers.length) answerProblems.push(`inbound ${row.id} is ${row.state} but has ${answers.length} answer(s)`);
            continue;
          }
          if (answers.length !== 1) {
            answerProblems.push(`inbound ${row.id} is processed with ${answers.length} answers`);
            continue;
          }
          const ans = answers[0]!;
          const m = msgBySha.get(row.sha256.toString('hex'));
          if (!m) continue; // an extra row: reported below
          const ref = refersTo(ans.raw.toString('utf8'));
          if (ref.code !== ANSWER_OF[m.code] || ans.berichtcode !== ref.code) answerProblems.push(`inbound ${row.id} (${m.code}) answered by ${ans.berichtcode}/${ref.code}`);
          if (ref.heen !== `${m.agb}/${m.identificatie}`) answerProblems.push(`answer ${ans.id} refers to ${ref.heen}, not to ${m.agb}/${m.identificatie}`);
          const delivered = ans.state === 'sent' && ans.outbox_state === 'delivered';
          if (!delivered) undelivered.push(`answer ${ans.id} is ${ans.state}, outbox ${ans.outbox_state}`);
          expectedKeys.set(`ijw-bericht-${ans.id}`, { raw: ans.raw, delivered });
        }
        const stuck = notProcessed.length
          ? await d.sql<{ attempts: number; last_error: string | null; n: number }[]>`
              select attempts, last_error, count(*)::int as n from bericht
              where direction = 'in' and state = 'received' group by attempts, last_error order by n desc limit 5`
          : [];

        // The counterparty got every answer, always the same bytes under the same key, and never two
        // different answers for one heenbericht. Repeats of a key are allowed (at least once).
        const deliveries = endpoint!.deliveries;
        // (Answers the database calls delivered; if the drain timed out, the others are reported as undelivered.)
        const missing = [...expectedKeys].filter(([k, e]) => e.delivered && !deliveries.has(k)).map(([k]) => k);
        const unknown = [...deliveries.keys()].filter((k) => !expectedKeys.has(k));
        const changed = [...expectedKeys].filter(([k, e]) => (deliveries.get(k) ?? []).some((body) => !body.equals(e.raw))).map(([k]) => k);
        const keysPerHeen = new Map<string, Set<string>>();
        for (const [k, bodies] of deliveries) {
          const { heen } = refersTo(bodies[0]!.toString('utf8'));
          keysPerHeen.set(heen, (keysPerHeen.get(heen) ?? new Set()).add(k));
        }
        const answeredTwice = [...keysPerHeen].filter(([, ks]) => ks.size > 1).map(([h, ks]) => `${h}: ${[...ks].join(', ')}`);
        const redelivered = [...deliveries.values()].filter((bodies) => bodies.length > 1).length;

        console.log(
          `[crash ${mode}] messages ${MESSAGES}, accepted ${everAccepted().length}, resubmitted ${resubmitted} ` +
            `(${committedUnacknowledged} had been committed without their 202 reaching us), lost ${lost.length}, ` +
            `stored twice ${storedTwice.length}, duplicated answers ${duplicatedAnswers + answeredTwice.length}, ` +
            `deliveries ${endpoint!.total()}, redelivered keys ${redelivered}, ` +
            `no delivery for ${stalls.join(' / ')} after the kills, runtime ${seconds(Date.now() - t0)}`,
        );
        if (watched) console.log(`[crash ${mode}] invariant monitor: ${watched.snapshots} snapshots, ${watched.violations.length} violations`);
        console.log(
          `[crash ${mode}] processing retried for ${retried!.n} messages; errors logged by the services: ` +
            (serviceErrors.size ? [...serviceErrors].map(([k, n]) => `${n}x ${k}`).join('; ') : 'none'),
        );
        // What a crash may never do.
        expect(lost.map((m) => m.n), 'messages lost').toEqual([]);
        expect(storedTwice.map((m) => m.n), 'messages stored twice').toEqual([]);
        expect(inbound.length, 'inbound rows (one per message, nothing else)').toBe(MESSAGES);
        expect(wrongId.map((m) => `${m.n}: 202 ids ${m.ids.join(',')}, stored as ${bySha.get(m.sha256)?.[0]?.id}`), 'ids from 202s').toEqual([]);
        expect(problems, 'unexpected HTTP answers').toEqual([]);
        expect(orphans.map((o) => o.id), 'outgoing messages that answer no stored message').toEqual([]);
        expect(watched?.violations ?? [], 'states seen while running: answer and state change not atomic').toEqual([]);
        expect(duplicatedAnswers, 'duplicated answers').toBe(0);
        expect(answerProblems, 'answers').toEqual([]);
        expect(unknown, 'deliveries that are not in the outbox').toEqual([]);
        expect(changed, 'a key delivered with different bytes').toEqual([]);
        expect(answeredTwice, 'two different answers delivered for one heenbericht').toEqual([]);
        expect(missing, 'answers marked delivered that never arrived').toEqual([]);
        // And in the end everything is done.
        expect(
          notProcessed.length,
          `inbound rows not processed ${seconds(DRAIN_TIMEOUT_MS)} after the last restart (by attempts/last error: ${JSON.stringify(stuck)})`,
        ).toBe(0);
        expect(undelivered.length, `answers not delivered: ${undelivered.slice(0, 5).join('; ')}`).toBe(0);
      } finally {
        if (d !== direct) await d.close();
      }
    },
    300_000,
  );
});
