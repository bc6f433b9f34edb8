/**
 * Pipeline benchmark (issue: "JW315 over HTTP with durable commit at several concurrencies next to
 * a pgbench single-row insert baseline; JW323 with 10,000 prestaties from POST to JW325 committed,
 * as a ratio to xmllint --schema"). Goals: ≥ 1,000 JW315/s; p99 ≤ 25 ms at 200/s; the 10,000-line
 * JW323 in ≤ 2.5x xmllint.
 *
 * The service runs as a child process (node --import tsx src/main.ts, LOG_LEVEL=warn), so the load
 * generator here does not share its event loop. Every stage gets a fresh database and service, first
 * warmed up with 500 JW315s (and, on the server, VACUUM ANALYZE afterwards, as autovacuum does on a
 * running service whose inbox is mostly empty). For each database (PostgreSQL server, then PGlite):
 *   1. JW315 over HTTP (keep-alive), closed loop at 1, 8, 32, 64 clients (1 s warm-up, 5 s
 *      measured): messages/s and p50/p99 of the 202 (= inbox commit); then an open loop at a fixed
 *      200 messages/s for 10 s (latency from the scheduled send time). After each stage: how long
 *      until the backlog is processed (every JW316 committed; the wait is capped), and the end-to-end
 *      rate (messages of the stage / first POST to last answer committed). CPU seconds of service,
 *      PostgreSQL (this database's backends plus the server's background processes) and load
 *      generator per message show where a 2-core machine spends its time.
 *   2. Server only: pgbench, one single-row INSERT per transaction, at the same client counts.
 *   3. JW323 with 10,000 prestaties (test/support/jw323-large.ts): start of POST until its JW325 is
 *      committed (polled every 2 ms on a separate connection; embedded: GET /berichten/:id), median
 *      of 5 distinct declarations, against `xmllint --noout --schema schemas/ijw-3.2/JW323.xsd` on
 *      the same files (whole command). The ledger holds the 10,000 toewijzingen the prestaties
 *      declare on, and each declaration is for the next month with its own ReferentieNummers, so
 *      every prestatie is judged by every rule and approved (DeclaratieAntwoord 8001), with the
 *      approved prestaties of the earlier runs in the ledger.
 * Prints markdown tables and rewrites the bench:pipeline block in docs/performance.md.
 *
 *   npx tsx bench/pipeline.ts
 *
 * Environment: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres; databases
 * ijw_bench_<random> are created on it and dropped), BENCH_DB=server|embedded|both (default both),
 * BENCH_MEASURE_S (closed-loop window, default 5), BENCH_DRAIN_CAP_S (how long to wait for a
 * stage's backlog, default 120), BENCH_WORKERS (IJW_WORKERS of the child; default: the service's),
 * BENCH_ANALYZE=0 (no VACUUM ANALYZE after the warm-up), BENCH_PARTS=jw315,jw323 and
 * BENCH_LOADS=1,8,32,64,open (run a subset; the docs are then left alone), BENCH_DUMP=1 (per-request
 * latencies to bench/out/latencies-*.json), BENCH_CPU_PROF=1 (--cpu-prof of the child into
 * bench/out/prof-<db>/; summarise with bench/support/cpuprofile-top.ts), BENCH_NO_DOCS=1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createClient } from '../src/auth/clients.js';
import { openDatabase, type Sql } from '../src/db/index.js';
import { migrate } from '../src/db/migrate.js';
import { buildMessage } from '../src/message/xml/build.js';
import { AGB, fixture } from '../test/fixtures/berichten.js';
import { largeJw323, seedLargeJw323Toewijzingen, testBsns } from '../test/support/jw323-large.js';
import { closedLoop, get, median, openLoop, post, type LoadResult, type Target } from './support/http-load.js';
import { PGBENCH_DDL, findPgbench, pgbenchVersion, runPgbench, type PgbenchResult } from './support/pgbench.js';
import { cpuDelta, cpuSnapshot, startServiceChild, type CpuSnapshot, type ServiceChild } from './support/service.js';
import { writePerformanceSection } from './support/docs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const XSD = join(ROOT, 'schemas/ijw-3.2/JW323.xsd');
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONCURRENCIES = [1, 8, 32, 64];
const WARM_MS = 1_000;
const MEASURE_MS = Number(process.env.BENCH_MEASURE_S ?? 5) * 1000;
const OPEN_RATE = 200;
const OPEN_MS = 10_000;
const JW323_PRESTATIES = 10_000;
const JW323_RUNS = 5;
const XMLLINT_PER_RUN = 3;
const POLL_MS = 2;
const DRAIN_CAP_MS = Number(process.env.BENCH_DRAIN_CAP_S ?? 120) * 1000;
const WARMUP_MESSAGES = 500;
/** Which JW315 loads to run: client counts and/or 'open' (BENCH_LOADS=64,open). */
const LOADS = new Set((process.env.BENCH_LOADS ?? [...CONCURRENCIES, 'open'].join(',')).split(','));
const PARTS = new Set((process.env.BENCH_PARTS ?? 'jw315,jw323').split(','));
const ANALYZE_AFTER_WARMUP = process.env.BENCH_ANALYZE !== '0';
const DRAIN_POLL_MS = 20;
const POOL_SIZE = 30_000;
const MODES = (process.env.BENCH_DB ?? 'both') === 'both' ? (['server', 'embedded'] as const) : ([process.env.BENCH_DB as 'server' | 'embedded'] as const);
const JW323_AFZENDER = /<jw323:Afzender>(\d{8})<\/jw323:Afzender>/.exec(largeJw323(1))![1]!;

type Mode = 'server' | 'embedded';

// ---------------------------------------------------------------- messages

/** Every JW315 distinct (Identificatie ≤ 12 characters, its own ReferentieAanbieders) and spread over ~9,000 test BSNs. */
class Jw315Pool {
  private readonly bodies: Buffer[] = [];
  private i = 0;
  private seq = 0;
  private readonly bsns = testBsns();
  private readonly template = fixture('JW315');
  constructor(private readonly tag: string) {}
  /** Builds bodies until `n` are unused (before a stage: nothing is built while timing). */
  fill(n: number): void {
    this.bodies.splice(0, this.i);
    this.i = 0;
    while (this.bodies.length < n) {
      const b = this.template;
      const id = `${this.tag}${String(++this.seq).padStart(12 - this.tag.length, '0')}`;
      b.Header.BerichtIdentificatie.Identificatie = id;
      b.Client.Bsn = this.bsns.next().value!;
      // Each product its own reference (TR347), so the requests are accepted and opened in the ledger.
      b.Client.AangevraagdeProducten.AangevraagdProduct.forEach((p, k) => { p.ReferentieAanbieder = `${id}-${k + 1}`; });
      this.bodies.push(Buffer.from(buildMessage('JW315', b), 'utf8'));
    }
  }
  next(): Buffer | undefined {
    return this.bodies[this.i++];
  }
}

/** Run k declares April + k 2026 with ReferentieNummers R<tag><k>…, so no run repeats another (TR314, TR389). */
function jw323Body(run: number, tag: string): string {
  const id = `DECL${tag}${String(run).padStart(6, '0')}`; // 12 characters
  const dn = `DN${tag}${String(run).padStart(5, '0')}`;
  const month = `2026-${String(4 + run).padStart(2, '0')}`;
  return largeJw323(JW323_PRESTATIES, { month, prefix: `R${tag}${run}` })
    .replace('<ijw:Identificatie>DECL000001<', `<ijw:Identificatie>${id}<`)
    .replace('>DN000001<', `>${dn}<`);
}

// ---------------------------------------------------------------- environment

/** xmllint prints its version on stderr. */
const xmllintVersion = (spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).stderr ?? '').split('\n')[0]?.trim() ?? '';

function xmllintOk(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- one database

interface StageRow {
  label: string;
  clients?: number;
  load: LoadResult;
  /** ms from the last 202 until the last answer committed (a lower bound when capped). */
  backlogMs: number;
  /** Messages of the stage / (first POST .. last answer committed) (an upper bound when capped). */
  e2eRate: number;
  /** The backlog was not processed within DRAIN_CAP_MS; `left` messages were still waiting. */
  capped?: { left: number };
  cpu: CpuSnapshot;
  pgbench?: PgbenchResult;
  pid: number;
}

interface Jw323Run {
  acceptedMs: number;
  committedMs: number;
  xmllintMs: number[];
}

interface Verified {
  processedOk: number;
  other: number;
  received: number;
  answers: number;
}

interface ModeResult {
  mode: Mode;
  describe: string;
  workers: string;
  stages: StageRow[];
  jw323: Jw323Run[];
  bytes: number;
  verified: Verified;
}

interface Probe {
  /** Server: VACUUM ANALYZE the service's database (what autovacuum does on a running service). */
  analyze?(): Promise<void>;
  /** True when no incoming message waits to be processed. */
  drained(lastId: number): Promise<boolean>;
  /** True when the answer to heenbericht `id` is committed. */
  answered(id: number): Promise<boolean>;
}

interface Instance {
  child: ServiceChild;
  /** The server database's name (undefined: embedded). */
  database?: string;
  keys: { jw315: string; jw323: string };
  probe: Probe;
}

/** Polls f until true; returns when, or undefined after timeoutMs. */
async function until(f: () => Promise<boolean>, intervalMs: number, timeoutMs: number, what: string): Promise<number | undefined> {
  const start = performance.now();
  const deadline = start + timeoutMs;
  let told = start;
  for (;;) {
    if (await f()) return performance.now();
    const now = performance.now();
    if (now > deadline) return undefined;
    if (now - told > 30_000) {
      told = now;
      console.log(`  ... still waiting for ${what} (${((now - start) / 1000).toFixed(0)} s)`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function xmllintMs(file: string): number {
  const t = performance.now();
  execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'ignore' });
  return performance.now() - t;
}

const tagOf = (mode: Mode): string => (mode === 'server' ? 'S' : 'E');

/** Warm-up (JIT, connection pools; not recorded), then one JW315 stage; the backlog is waited for up to DRAIN_CAP_MS. */
async function jw315Stage(mode: Mode, inst: Instance, label: string, clients: number | undefined, pgb: PgbenchResult[], stageNo: number): Promise<StageRow> {
  const { child, probe } = inst;
  const t315: Target = { port: child.port, authorization: `Bearer ${inst.keys.jw315}` };
  const pool = new Jw315Pool(`V${tagOf(mode)}${stageNo}`);
  pool.fill(WARMUP_MESSAGES);
  const w = await closedLoop(t315, pool, 8, 0, 60_000, WARMUP_MESSAGES);
  if (w.errors.length) throw new Error(`warm-up: ${w.errors.length} answers other than 202, e.g. ${JSON.stringify(w.errors[0])}`);
  if ((await until(() => probe.drained(w.lastId), DRAIN_POLL_MS, DRAIN_CAP_MS, 'warm-up backlog')) === undefined) throw new Error('warm-up backlog not processed in time');
  // A running service's tables are analysed by autovacuum, mostly while the inbox is empty; the
  // stage then meets the plans a live system has, not those of a never-analysed table.
  if (ANALYZE_AFTER_WARMUP) await probe.analyze?.();

  pool.fill(clients === undefined ? Math.ceil(((OPEN_MS + WARM_MS) / 1000) * OPEN_RATE) + 10 : POOL_SIZE);
  const cpu0 = cpuSnapshot(child.pid, inst.database);
  const load = clients === undefined ? await openLoop(t315, pool, OPEN_RATE, WARM_MS, OPEN_MS) : await closedLoop(t315, pool, clients, WARM_MS, MEASURE_MS);
  if (load.errors.length) throw new Error(`${label}: ${load.errors.length} answers other than 202, e.g. ${JSON.stringify(load.errors[0])}`);
  if (load.exhausted) console.warn(`  ${label}: the pre-built pool ran out; the stage ended early`);
  const done = await until(() => probe.drained(load.lastId), DRAIN_POLL_MS, DRAIN_CAP_MS, `${label}: backlog`);
  const end = done ?? performance.now();
  const cpu = cpuDelta(cpu0, cpuSnapshot(child.pid, inst.database));
  const row: StageRow = {
    label, load, backlogMs: end - load.lastAnswer, e2eRate: load.sent / ((end - load.firstSend) / 1000), cpu, pid: child.pid,
    ...(done === undefined ? { capped: { left: -1 } } : {}),
    ...(clients !== undefined ? { clients } : {}),
    ...(clients !== undefined && pgb.length ? { pgbench: pgb.find((p) => p.clients === clients)! } : {}),
  };
  if (process.env.BENCH_DUMP === '1') {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `latencies-${mode}-${label.replace(/[^a-z0-9]+/gi, '_')}.json`), JSON.stringify(load.series));
  }
  console.log(`  ${label}: ${load.rate.toFixed(0)}/s p50 ${load.p50.toFixed(2)} ms p99 ${load.p99.toFixed(2)} ms max ${load.max.toFixed(1)} ms (${load.sent} sent${load.sendLagP99 !== undefined ? `, send lag p99 ${load.sendLagP99.toFixed(2)} ms` : ''}); backlog ${done === undefined ? '>' : ''}${(row.backlogMs / 1000).toFixed(2)} s, end-to-end ${done === undefined ? '<' : ''}${row.e2eRate.toFixed(0)}/s; `
    + `cpu ms/msg service ${((cpu.service / load.sent) * 1000).toFixed(2)} postgres ${((cpu.postgres / load.sent) * 1000).toFixed(2)} bench ${((cpu.bench / load.sent) * 1000).toFixed(2)}`);
  return row;
}

/** JW323, 10,000 prestaties: one warm-up declaration, then JW323_RUNS timed ones, each against xmllint on the same file. */
/** ijw_declaraties_gevouwen_total of the service (0 before the first fold). */
async function foldedDeclarations(target: Target): Promise<number> {
  const agent = new Agent({ keepAlive: false });
  try {
    const r = await get(agent, target, '/metrics');
    if (r.status !== 200) throw new Error(`GET /metrics: ${r.status}`);
    const m = /^ijw_declaraties_gevouwen_total (\d+)$/m.exec(r.body);
    return m ? Number(m[1]) : 0;
  } finally {
    agent.destroy();
  }
}

async function jw323Stage(mode: Mode, inst: Instance): Promise<{ runs: Jw323Run[]; bytes: number }> {
  const tag = tagOf(mode);
  const t323: Target = { port: inst.child.port, authorization: `Bearer ${inst.keys.jw323}` };
  mkdirSync(OUT, { recursive: true });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const runs: Jw323Run[] = [];
  let bytes = 0;
  for (let run = 0; run <= JW323_RUNS; run++) {
    const xml = Buffer.from(jw323Body(run, tag), 'utf8');
    bytes = xml.length;
    const file = join(OUT, `pipeline-jw323-${tag}${run}.xml`);
    writeFileSync(file, xml);
    const t0 = performance.now();
    const r = await post(agent, t323, '/berichten', xml);
    const t1 = performance.now();
    if (r.status !== 202) throw new Error(`JW323: ${r.status} ${r.body.slice(0, 500)}`);
    const id = (JSON.parse(r.body) as { id: number }).id;
    const t2 = await until(() => inst.probe.answered(id), POLL_MS, 120_000, `JW325 for ${id}`);
    if (t2 === undefined) throw new Error(`no JW325 for JW323 ${id} within 120 s`);
    // The service folds the declaration into the toewijzingen's totals after the JW325 committed;
    // xmllint and the next run wait for that, so neither shares the machine with it.
    const folded = await until(async () => (await foldedDeclarations(t323)) > run, POLL_MS, 60_000, `the fold of JW323 ${id}`);
    if (folded === undefined) throw new Error(`JW323 ${id} was not folded into the totals within 60 s`);
    const lint: number[] = [];
    if (run === 0) xmllintMs(file); // warm the page cache and the binary
    for (let k = 0; k < XMLLINT_PER_RUN; k++) lint.push(xmllintMs(file));
    rmSync(file, { force: true });
    if (run === 0) continue;
    runs.push({ acceptedMs: t1 - t0, committedMs: t2 - t0, xmllintMs: lint });
    console.log(`  JW323 run ${run}: 202 after ${(t1 - t0).toFixed(0)} ms, JW325 committed after ${(t2 - t0).toFixed(0)} ms; xmllint ${lint.map((x) => x.toFixed(0)).join('/')} ms`);
  }
  agent.destroy();
  return { runs, bytes };
}

async function seed(sql: Sql, ledger: boolean): Promise<{ jw315: string; jw323: string }> {
  await migrate(sql);
  if (ledger) await seedLargeJw323Toewijzingen(sql, JW323_PRESTATIES);
  const jw315 = (await createClient(sql, { kind: 'agb', code: AGB }, 'bench JW315')).apiKey;
  const jw323 = JW323_AFZENDER === AGB ? jw315 : (await createClient(sql, { kind: 'agb', code: JW323_AFZENDER }, 'bench JW323')).apiKey;
  return { jw315, jw323 };
}

/** What the service made of the messages: processed with verdict ok, or not; answers. */
async function verify(sql: Sql): Promise<Verified> {
  const [r] = await sql<Verified[]>`
    select count(*) filter (where direction = 'in' and state = 'processed' and verdict = 'ok')::int as "processedOk",
           count(*) filter (where direction = 'in' and state <> 'received' and not (state = 'processed' and verdict = 'ok'))::int as other,
           count(*) filter (where direction = 'in' and state = 'received')::int as received,
           count(*) filter (where direction = 'out')::int as answers
    from bericht`;
  return r!;
}

const addVerified = (a: Verified, b: Verified): Verified =>
  ({ processedOk: a.processedOk + b.processedOk, other: a.other + b.other, received: a.received + b.received, answers: a.answers + b.answers });

function profFlags(mode: Mode): string[] {
  if (process.env.BENCH_CPU_PROF !== '1') return [];
  const dir = join(OUT, `prof-${mode}`);
  mkdirSync(dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

const workersEnv = (): Record<string, string> => (process.env.BENCH_WORKERS ? { IJW_WORKERS: process.env.BENCH_WORKERS } : {});

/** A fresh database and service for one stage; returns fn's value and what the service made of the messages. */
async function withInstance<T>(mode: Mode, fn: (inst: Instance) => Promise<T>, ledger = false): Promise<{ value: T; verified: Verified }> {
  if (mode === 'server') {
    const name = `ijw_bench_${randomBytes(5).toString('hex')}`;
    const admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
    let child: ServiceChild | undefined;
    try {
      const keys = await seed(sql, ledger);
      child = await startServiceChild({ root: ROOT, env: { DATABASE_URL: url.toString(), ...workersEnv() }, nodeFlags: profFlags(mode) });
      const probe: Probe = {
        analyze: async () => {
          await sql`vacuum analyze`;
        },
        drained: async () => (await sql<{ busy: boolean }[]>`select exists (select 1 from bericht where direction = 'in' and state = 'received') as busy`)[0]!.busy === false,
        answered: async (id) => (await sql<{ done: boolean }[]>`select exists (select 1 from bericht where direction = 'out' and heen_id = ${id}) as done`)[0]!.done,
      };
      const value = await fn({ child, keys, probe, database: name });
      await child.stop();
      child = undefined;
      return { value, verified: await verify(sql) };
    } finally {
      await child?.stop();
      await sql.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch((e: unknown) => console.error(`could not drop ${name}: ${String(e)}`));
      await admin.end();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'ijw-bench-'));
  let child: ServiceChild | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    let db = await openDatabase({ dataDir: dir });
    const keys = await seed(db.sql, ledger).finally(() => db.close());
    child = await startServiceChild({ root: ROOT, env: { DATABASE_URL: '', IJW_DATA_DIR: dir, ...workersEnv() }, nodeFlags: profFlags(mode) });
    const port = child.port;
    const answered = async (id: number, key: string): Promise<boolean> => {
      const r = await get(agent, { port, authorization: `Bearer ${key}` }, `/berichten/${id}`);
      if (r.status !== 200) throw new Error(`GET /berichten/${id}: ${r.status} ${r.body.slice(0, 200)}`);
      return (JSON.parse(r.body) as { antwoord: unknown }).antwoord !== null;
    };
    // One worker claims in id order: the last message answered means the backlog is processed.
    const probe: Probe = { drained: (lastId) => answered(lastId, keys.jw315), answered: (id) => answered(id, keys.jw323) };
    const value = await fn({ child, keys, probe });
    agent.destroy();
    await child.stop();
    child = undefined;
    db = await openDatabase({ dataDir: dir });
    return { value, verified: await verify(db.sql).finally(() => db.close()) };
  } finally {
    agent.destroy();
    await child?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runMode(mode: Mode, pgbenchBin: string | undefined): Promise<ModeResult> {
  const pgb: PgbenchResult[] = [];
  if (mode === 'server' && PARTS.has('jw315')) {
    const name = `ijw_bench_pgbench_${randomBytes(4).toString('hex')}`;
    const admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    try {
      const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
      await sql.unsafe(PGBENCH_DDL).finally(() => sql.end());
      console.log(`server: pgbench single-row insert, ${MEASURE_MS / 1000} s per client count`);
      for (const c of CONCURRENCIES) {
        const r = runPgbench(pgbenchBin!, url.toString(), c, MEASURE_MS / 1000, join(OUT, 'pgbench'));
        console.log(`  pgbench -c ${c}: ${r.tps.toFixed(0)} tps, avg ${r.avgMs.toFixed(2)} ms, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`);
        pgb.push(r);
      }
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
  console.log(`${mode}: JW315 stages, each on a fresh database and service (warm-up ${WARMUP_MESSAGES} messages first)`);
  const stages: StageRow[] = [];
  let verified: Verified = { processedOk: 0, other: 0, received: 0, answers: 0 };
  const plan: (number | undefined)[] = PARTS.has('jw315')
    ? [...CONCURRENCIES.filter((c) => LOADS.has(String(c))), ...(LOADS.has('open') ? [undefined] : [])]
    : [];
  for (const [k, c] of plan.entries()) {
    const label = c === undefined ? `open ${OPEN_RATE}/s` : `closed ${c}`;
    const r = await withInstance(mode, (inst) => jw315Stage(mode, inst, label, c, pgb, k));
    if (r.value.capped) r.value.capped.left = r.verified.received;
    stages.push(r.value);
    verified = addVerified(verified, r.verified);
  }
  let j: { value: { runs: Jw323Run[]; bytes: number } } = { value: { runs: [], bytes: 0 } };
  if (PARTS.has('jw323')) {
    console.log(`${mode}: JW323 with ${JW323_PRESTATIES.toLocaleString('en')} prestaties`);
    const r = await withInstance(mode, (inst) => jw323Stage(mode, inst), true);
    verified = addVerified(verified, r.verified);
    j = r;
  }
  return {
    mode, describe: mode === 'server' ? 'PostgreSQL server' : 'embedded PGlite',
    workers: mode === 'embedded' ? '1 (embedded)' : (process.env.BENCH_WORKERS ?? 'default'),
    stages, jw323: j.value.runs, bytes: j.value.bytes, verified,
  };
}

// ---------------------------------------------------------------- report

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const n0 = (x: number): string => Math.round(x).toLocaleString('en');

function report(results: ModeResult[], machine: string): { text: string; goals: { name: string; met: boolean; detail: string }[] } {
  let t = '';
  const goals: { name: string; met: boolean; detail: string }[] = [];
  const suffixOf = (r: ModeResult): string => (r.mode === 'server' ? '' : ' (embedded; informational)');
  if (results.some((r) => r.stages.length)) {
    t += `**JW315 over HTTP, durable commit.** Each row runs on a fresh database and service. The service is warmed up with ${WARMUP_MESSAGES} messages and the bench waits until they are processed${ANALYZE_AFTER_WARMUP ? '. On the server the bench then runs `VACUUM ANALYZE`, as autovacuum does on a running service, so the stage meets the plans of a live system' : ''}. The 202 comes after the inbox commit. `
      + `Closed loops: ${WARM_MS / 1000} s warm-up, then ${MEASURE_MS / 1000} s measured. "Backlog" runs from the last 202 until the last JW316 is committed, and the bench stops waiting after ${DRAIN_CAP_MS / 1000} s ("> …", with the number of messages still waiting). `
      + '"End-to-end" is the messages of the stage divided by the time from the first POST until the last answer is committed. '
      + '"CPU" is milliseconds of CPU per message of the stage, processing of the backlog included.\n\n';
    t += '| database | load | JW315/s (202) | p50 | p99 | pgbench insert tps | pgbench avg / p50 / p99 | ours / pgbench | backlog after last 202 | end-to-end JW315/s | CPU ms/msg service / postgres / load gen |\n';
    t += '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n';
    for (const r of results) {
      for (const s of r.stages) {
        const pg = s.pgbench;
        const per = (x: number): string => ((x / s.load.sent) * 1000).toFixed(2);
        t += `| ${r.describe} | ${s.clients !== undefined ? `${s.clients} client${s.clients === 1 ? '' : 's'} (closed)` : `${OPEN_RATE}/s (open, ${OPEN_MS / 1000} s; generator lag p99 ${ms(s.load.sendLagP99 ?? 0)} ms, included)`} | ${n0(s.load.rate)} | ${ms(s.load.p50)} ms | ${ms(s.load.p99)} ms | `
          + `${pg ? n0(pg.tps) : '–'} | ${pg ? `${ms(pg.avgMs)} / ${ms(pg.p50)} / ${ms(pg.p99)} ms` : '–'} | ${pg && s.clients !== undefined ? `${(s.load.rate / pg.tps).toFixed(2)}` : '–'} | `
          + `${s.capped ? `> ${(s.backlogMs / 1000).toFixed(0)} s (${n0(s.capped.left)} of ${n0(s.load.sent)} left)` : `${(s.backlogMs / 1000).toFixed(2)} s`} | ${s.capped ? '< ' : ''}${n0(s.e2eRate)} | ${r.mode === 'server' ? `${per(s.cpu.service)} / ${per(s.cpu.postgres)} / ${per(s.cpu.bench)}` : `${per(s.cpu.service)} (incl. PGlite) / – / ${per(s.cpu.bench)}`} |\n`;
      }
    }
    t += '\n';
    for (const r of results.filter((x) => x.stages.length)) {
      const closed = r.stages.filter((s) => s.clients !== undefined);
      const open = r.stages.find((s) => s.clients === undefined);
      const e2e = r.stages.map((s) => `${s.capped ? '< ' : ''}${n0(s.e2eRate)}`).join(', ');
      if (closed.length) {
        const best = closed.reduce((a, b) => (b.load.rate > a.load.rate ? b : a));
        goals.push({ name: `≥ 1,000 JW315/s over HTTP with durable commit${suffixOf(r)}`, met: best.load.rate >= 1000, detail: `${n0(best.load.rate)}/s at ${best.clients} clients; end-to-end (all stages, same order as the table): ${e2e}/s` });
      }
      if (open) goals.push({ name: `p99 ≤ 25 ms at ${OPEN_RATE}/s${suffixOf(r)}`, met: open.load.p99 <= 25, detail: `p99 ${ms(open.load.p99)} ms (p50 ${ms(open.load.p50)} ms)` });
    }
  }
  const with323 = results.filter((r) => r.jw323.length);
  if (with323.length) {
    t += `**JW323 with ${JW323_PRESTATIES.toLocaleString('en')} prestaties** (${(with323[0]!.bytes / 1e6).toFixed(2)} MB). The figures are medians over ${JW323_RUNS} distinct declarations, after one warm-up declaration. xmllint runs as the whole command, ${XMLLINT_PER_RUN} times per declaration.\n\n`;
    t += '| database | POST until 202 | POST until JW325 committed | xmllint --noout --schema | ratio ours / xmllint |\n|---|---:|---:|---:|---:|\n';
    for (const r of with323) {
      const acc = median(r.jw323.map((x) => x.acceptedMs));
      const com = median(r.jw323.map((x) => x.committedMs));
      const lint = median(r.jw323.flatMap((x) => x.xmllintMs));
      t += `| ${r.describe} | ${ms(acc)} ms | ${ms(com)} ms | ${ms(lint)} ms | **${(com / lint).toFixed(2)}** |\n`;
      goals.push({ name: `10,000-prestatie JW323 POST→JW325 committed ≤ 2.5x xmllint${suffixOf(r)}`, met: com / lint <= 2.5, detail: `${(com / lint).toFixed(2)}x (${ms(com)} ms vs ${ms(lint)} ms)` });
    }
    t += '\n';
  }
  for (const g of goals) t += `- ${g.name}: **${g.met ? 'met' : 'not met'}**: ${g.detail}.\n`;
  const v = (x: Verified): string => `${n0(x.processedOk)} processed with verdict ok${x.other ? `, **${n0(x.other)} otherwise**` : ''}, ${n0(x.received)} still unprocessed when the bench stopped waiting, ${n0(x.answers)} answers`;
  t += `\nCheck afterwards: ${results.map((r) => `${r.describe}: ${v(r.verified)}`).join('; ')}. Workers: ${results.map((r) => `${r.describe} ${r.workers === 'default' ? `IJW_WORKERS default (${availableParallelism()}, one per core)` : r.workers}`).join(', ')}.\n`;
  return { text: `${machine}\n\n${t}`, goals };
}

// ---------------------------------------------------------------- main

if (!xmllintOk()) {
  console.error('bench: xmllint not found (Debian: apt-get install libxml2-utils)');
  process.exit(2);
}
const pgbenchBin = findPgbench();
if (MODES.includes('server' as never) && !pgbenchBin) {
  console.error('bench: pgbench not found (Debian: apt-get install postgresql-client)');
  process.exit(2);
}

const pgVersion = await (async () => {
  if (!MODES.includes('server' as never)) return 'no server';
  const a = postgres(PG_URL, { max: 1, onnotice: () => {} });
  try {
    const [r] = await a<{ v: string }[]>`select version() as v`;
    const [s] = await a<{ sc: string; fsync: string }[]>`select current_setting('synchronous_commit') as sc, current_setting('fsync') as fsync`;
    return `${r!.v.split(' on ')[0]} (synchronous_commit=${s!.sc}, fsync=${s!.fsync})`;
  } finally {
    await a.end();
  }
})();
const code = (() => {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'migrations'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  return head ? `code ${head}${dirty ? ' with uncommitted changes in src/ or migrations/' : ''}` : 'code: no git';
})();
const machine = `Measured ${new Date().toISOString().slice(0, 10)} (${code}) on ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${pgVersion}, ${pgbenchBin ? pgbenchVersion(pgbenchBin) : 'no pgbench'}, ${xmllintVersion || 'xmllint'}. `
  + 'Service, PostgreSQL, load generator and xmllint share this machine.';
console.log(machine);

const results: ModeResult[] = [];
for (const mode of MODES) results.push(await runMode(mode, pgbenchBin));
const { text, goals } = report(results, machine);
console.log(`\n${text}`);
writeFileSync(join(OUT, 'pipeline.json'), JSON.stringify({ machine, results: results.map((r) => ({ ...r, stages: r.stages.map((s) => ({ ...s, load: { ...s.load, errors: s.load.errors.length, series: undefined } })) })) }, null, 2));

if (process.env.BENCH_NO_DOCS !== '1' && PARTS.has('jw315') && PARTS.has('jw323') && LOADS.size === CONCURRENCIES.length + 1) {
  writePerformanceSection(ROOT, 'pipeline', text);
}
if (goals.some((g) => !g.met && !g.name.includes('informational'))) process.exitCode = 1;
