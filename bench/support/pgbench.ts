/**
 * The reference: pgbench with a custom script of one single-row INSERT into a small table per
 * transaction (autocommit, default synchronous_commit: each commit waits for its WAL flush), at a
 * given client count. Per-transaction logs (-l) give p50/p99 next to pgbench's own average.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { percentile } from './http-load.js';

export const PGBENCH_TABLE = 'bench_insert';
export const PGBENCH_DDL = `create table if not exists ${PGBENCH_TABLE} (id bigint generated always as identity primary key, v integer not null, at timestamptz not null default now())`;

export function findPgbench(): string | undefined {
  for (const p of ['/usr/bin/pgbench', ...listPgBins()]) if (existsSync(p)) return p;
  try {
    return execFileSync('sh', ['-c', 'command -v pgbench'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function listPgBins(): string[] {
  try {
    return readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin/pgbench`);
  } catch {
    return [];
  }
}

export interface PgbenchResult {
  clients: number;
  tps: number;
  avgMs: number;
  p50: number;
  p99: number;
}

export function runPgbench(bin: string, url: string, clients: number, seconds: number, dir: string): PgbenchResult {
  mkdirSync(dir, { recursive: true });
  const script = join(dir, 'insert.sql');
  writeFileSync(script, `\\set v random(1, 1000000)\nINSERT INTO ${PGBENCH_TABLE} (v) VALUES (:v);\n`);
  const logDir = join(dir, `log-c${clients}`);
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const u = new URL(url);
  const threads = Math.min(clients, cpus().length);
  const out = execFileSync(
    bin,
    [
      '-n', '-M', 'prepared', '-c', String(clients), '-j', String(threads), '-T', String(seconds), '-f', script,
      '-l', `--log-prefix=${join(logDir, 'tx')}`,
      '-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres'), u.pathname.slice(1),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}) } },
  );
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1]);
  const avgMs = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
  if (!Number.isFinite(tps) || !Number.isFinite(avgMs)) throw new Error(`pgbench: cannot read its output:\n${out}`);
  const lat: number[] = [];
  for (const f of readdirSync(logDir)) {
    for (const line of readFileSync(join(logDir, f), 'utf8').split('\n')) {
      const us = line.split(' ')[2];
      if (us) lat.push(Number(us) / 1000);
    }
  }
  rmSync(logDir, { recursive: true, force: true });
  return { clients, tps, avgMs, p50: percentile(lat, 0.5), p99: percentile(lat, 0.99) };
}

export function pgbenchVersion(bin: string): string {
  return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
}
