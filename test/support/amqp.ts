/**
 * Support for tests against a real RabbitMQ. `describeAmqp` checks reachability once: unreachable
 * means skip (with a message), unless CI_REQUIRE_SERVICES=1, where it fails loudly instead.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import amqp from 'amqplib';
import pino, { type Logger } from 'pino';
import { describe, it } from 'vitest';
import { redactUrl } from '../../src/amqp/connection.js';

export const AMQP_URL = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

let probe: Promise<string | undefined> | undefined;

/** Undefined when the broker answers; otherwise why not. Checked once per test file. */
export function amqpProblem(): Promise<string | undefined> {
  probe ??= (async () => {
    try {
      const conn = await amqp.connect(AMQP_URL, { timeout: 2000 });
      await conn.close();
      return undefined;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  })();
  return probe;
}

/** `describe` for suites that need RabbitMQ; await it at the top level of the test file. */
export async function describeAmqp(name: string, fn: () => void): Promise<void> {
  const problem = await amqpProblem();
  if (problem === undefined) {
    describe(name, fn);
    return;
  }
  const where = redactUrl(AMQP_URL);
  if (process.env.CI_REQUIRE_SERVICES === '1') {
    throw new Error(`RabbitMQ at ${where} is required (CI_REQUIRE_SERVICES=1) but unreachable: ${problem}`);
  }
  console.warn(`[tests] RabbitMQ at ${where} is unreachable (${problem}): AMQP tests skipped. Set AMQP_URL, or CI_REQUIRE_SERVICES=1 to make this fail.`);
  describe.skip(`${name} (skipped: RabbitMQ unreachable)`, () => { it.skip('needs RabbitMQ', () => {}); });
}

export const uniqueName = (prefix: string): string => `test.${prefix}.${randomBytes(5).toString('hex')}`;

/** A logger whose output the test can inspect (e.g. to prove no body ever reaches a log line). */
export function captureLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => { lines.push(s); } });
  return { log, lines };
}

/** Polls `cond` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(cond: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Deferred<T> { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void }

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/**
 * A TCP proxy in front of the broker, to simulate an outage: `down()` cuts every connection and
 * refuses new ones, `up()` lets them through again (on the same port).
 */
export interface TcpProxy { url: string; up(): Promise<void>; down(): Promise<void>; close(): Promise<void> }

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const targetPort = Number(target.port || 5672);
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;

  const listen = async (): Promise<void> => {
    const s = net.createServer((client) => {
      const upstream = net.connect(targetPort, target.hostname);
      for (const sock of [client, upstream]) {
        sockets.add(sock);
        sock.on('close', () => sockets.delete(sock));
        sock.on('error', () => { client.destroy(); upstream.destroy(); });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    port = (s.address() as net.AddressInfo).port;
    server = s;
  };
  const down = async (): Promise<void> => {
    const s = server;
    server = undefined;
    for (const sock of sockets) sock.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await listen();
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return { url: url.toString(), up: listen, down, close: down };
}

/** A TCP server that accepts connections and never says a word: connect attempts must time out. */
export async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => { sockets.add(s); s.on('error', () => undefined); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `amqp://guest:guest@127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
