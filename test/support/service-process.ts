/**
 * The service as a real child process (`node --import tsx src/main.ts`), for tests that must kill
 * it the hard way (kill -9) or stop it the operator's way (SIGTERM). Every child started here is
 * remembered until it has exited: `killAllServiceProcesses()` (afterAll) and a process 'exit' hook
 * make sure no test, passing or failing, leaves a service running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request, type Agent } from 'node:http';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TAIL_BYTES = 8_000;

export interface ServiceProcess {
  readonly pid: number;
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly child: ChildProcess;
  /** The last few KB of the child's stdout and stderr (logs, start-up errors). */
  output(): string;
  /** True until the child has exited. */
  alive(): boolean;
  /** kill -9, and wait until the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (graceful: the service finishes work in progress); after `timeoutMs` kill -9. Returns the exit code (null when it had to be killed). */
  stop(timeoutMs?: number): Promise<number | null>;
}

export interface StartOptions {
  /** Environment on top of the test's (a value undefined removes the variable, e.g. DATABASE_URL for the embedded mode). */
  env: Record<string, string | undefined>;
  /** How long to wait for GET /ready = 200 (default 30 s). */
  readyTimeoutMs?: number;
  /** Called with every line the service writes (stdout and stderr), e.g. to count its errors. */
  onLine?: (line: string) => void;
}

const live = new Set<ChildProcess>();

// Last resort: if the test process goes away, its services go with it.
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** A port that was free a moment ago (listen on 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      if (!addr || typeof addr === 'string') return reject(new Error('no port'));
      srv.close(() => resolvePort(addr.port));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

/** Starts `src/main.ts` with the given environment on a free port and waits until it is ready. */
export async function startServiceProcess(opts: StartOptions): Promise<ServiceProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  for (const [k, v] of Object.entries(opts.env)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));

  let tail = '';
  const partial = { out: '', err: '' };
  const keep = (stream: 'out' | 'err') => (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    tail = (tail + text).slice(-TAIL_BYTES);
    if (!opts.onLine) return;
    const lines = (partial[stream] + text).split('\n');
    partial[stream] = lines.pop()!;
    for (const line of lines) opts.onLine(line);
  };
  child.stdout!.on('data', keep('out'));
  child.stderr!.on('data', keep('err'));
  let spawnError: Error | undefined;
  child.once('error', (e) => {
    spawnError = e;
  });

  const url = `http://127.0.0.1:${port}`;
  const alive = (): boolean => child.exitCode === null && child.signalCode === null && !spawnError;
  const proc: ServiceProcess = {
    pid: child.pid ?? -1,
    port,
    url,
    child,
    output: () => tail,
    alive,
    kill9: async () => {
      if (alive()) child.kill('SIGKILL');
      await exited(child);
    },
    stop: async (timeoutMs = 20_000) => {
      if (!alive()) return child.exitCode;
      const done = exited(child);
      child.kill('SIGTERM');
      const inTime = await Promise.race([done.then(() => true), sleep(timeoutMs).then(() => false)]);
      if (inTime) return child.exitCode;
      child.kill('SIGKILL');
      await done;
      return null;
    },
  };

  const timeoutMs = opts.readyTimeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  try {
    for (;;) {
      if (!alive()) {
        throw new Error(`service exited before it was ready (code ${child.exitCode}, signal ${child.signalCode}${spawnError ? `, ${spawnError.message}` : ''})`);
      }
      try {
        const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
        const body = await res.text();
        if (res.status === 200) return proc;
        last = `${res.status} ${body}`;
      } catch (e) {
        last = e instanceof Error ? e.message : String(e);
      }
      if (Date.now() > deadline) throw new Error(`service not ready after ${timeoutMs} ms (last: ${last})`);
      await sleep(100);
    }
  } catch (e) {
    await proc.kill9();
    throw new Error(`${(e as Error).message}\n--- service output (tail) ---\n${tail}`);
  }
}

/** Kill -9 every service this process started that is still running (afterAll, also after a failure). */
export async function killAllServiceProcesses(): Promise<void> {
  await Promise.all(
    [...live].map(async (c) => {
      c.kill('SIGKILL');
      await exited(c);
    }),
  );
}

export interface PostResult {
  status: number;
  body: { id?: number; duplicate?: boolean; status?: string; error?: string };
}

/** POST /berichten over `agent`; rejects when the connection dies before an answer (a crash). */
export function postMessage(agent: Agent, svc: ServiceProcess, key: string, bytes: Buffer): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${svc.url}/berichten`,
      { method: 'POST', agent, headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}`, 'content-length': bytes.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('response aborted')));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as PostResult['body'] });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: { error: text } });
          }
        });
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(bytes);
  });
}
