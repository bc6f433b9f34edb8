/**
 * The service under test as a child process (`node --import tsx src/main.ts`), so the load
 * generator does not share its event loop, plus CPU accounting from /proc for the child, the
 * PostgreSQL server processes and the bench itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface ServiceChild {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** Children still running; killed if the bench itself dies (an orphaned service would keep its database busy). */
const live = new Set<ChildProcess>();
let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const c of live) c.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`bench: ${signal}; stopping the service (a database ijw_bench_* or a temporary data directory may be left behind)`);
      process.exit(130);
    });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startServiceChild(opts: {
  root: string;
  env: Record<string, string | undefined>;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
}): Promise<ServiceChild> {
  const port = await freePort();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...opts.env })) {
    if (v !== undefined) env[k] = v;
  }
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeFlags ?? []), '--import', 'tsx', 'src/main.ts'], {
    cwd: opts.root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  hookExit();
  live.add(child);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.on('exit', (code) => {
    exited = code;
    live.delete(child);
    resolve();
  }));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`service exited (code ${exited}) before it was ready`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('service not ready within 90 s');
    }
    try {
      const r = await fetch(`http://127.0.0.1:${port}/ready`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    pid: child.pid!,
    stop: async () => {
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(t);
    },
  };
}

const TICK = 100; // USER_HZ on Linux

function procCpu(pid: number | string): number {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // fields 14 and 15 (utime, stime) are at 11 and 12 after the comm field
    return (Number(f[11]) + Number(f[12])) / TICK;
  } catch {
    return 0;
  }
}

/**
 * PostgreSQL processes that work for `database`: its backends, and the server's background
 * processes (WAL writer, checkpointer, ...), which are shared with anyone else on the server.
 * Backends of other databases (someone else's tests) are left out.
 */
function postgresCpu(database: string | undefined): number {
  if (!database) return 0;
  let sum = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (!s.includes('(postgres)')) continue;
      const title = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const backend = /\(\d+\)|\[local\]/.test(title);
      if (backend && !title.includes(` ${database} `)) continue;
      sum += procCpu(d);
    } catch {
      // gone
    }
  }
  return sum;
}

export interface CpuSnapshot {
  service: number;
  postgres: number;
  bench: number;
  wall: number;
}

/** CPU seconds so far of the service child, the postgres processes serving `database` (none: 0) and this process. */
export function cpuSnapshot(servicePid: number, database?: string): CpuSnapshot {
  const u = process.cpuUsage();
  return { service: procCpu(servicePid), postgres: postgresCpu(database), bench: (u.user + u.system) / 1e6, wall: performance.now() / 1000 };
}

export function cpuDelta(a: CpuSnapshot, b: CpuSnapshot): CpuSnapshot {
  return { service: b.service - a.service, postgres: b.postgres - a.postgres, bench: b.bench - a.bench, wall: b.wall - a.wall };
}
