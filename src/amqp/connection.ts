/**
 * Shared AMQP 0-9-1 connection handling (amqplib): one connection that is re-established with a
 * capped exponential backoff whenever it is lost, plus the small helpers ingress and egress share.
 *
 * Privacy: nothing here ever sees a message body; errors are logged through `safeError`, which
 * drops the fields (detail, stack of foreign errors) where a database could echo values.
 */
import amqp, { type ChannelModel } from 'amqplib';
import type { Logger } from 'pino';

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_MIN_RECONNECT_DELAY_MS = 200;
export const DEFAULT_MAX_RECONNECT_DELAY_MS = 10_000;

/** The broker cannot be reached right now; the caller should retry later. */
export class AmqpUnavailableError extends Error {
  override readonly name = 'AmqpUnavailableError';
}

/** The broker did not answer in time. */
export class AmqpTimeoutError extends Error {
  override readonly name = 'AmqpTimeoutError';
}

/** The URL without its password, for log lines. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[unparsable AMQP URL]';
  }
}

/**
 * An error reduced to what is safe to log. Database errors carry `detail`/`where` fields that can
 * quote column values (a BSN), so only name, code and a shortened, digit-masked message are kept.
 */
export function safeError(err: unknown): { type: string; code?: string | number; message: string } {
  if (!(err instanceof Error)) return { type: typeof err, message: 'non-Error value thrown' };
  const code = (err as { code?: unknown }).code;
  const message = err.message.replace(/\d{9,}/g, (d) => '*'.repeat(d.length)).slice(0, 300);
  return typeof code === 'string' || typeof code === 'number' ? { type: err.name, code, message } : { type: err.name, message };
}

/** Capped exponential backoff with jitter: failure 0 → min, doubling up to max. */
export function backoffDelay(failures: number, minMs: number, maxMs: number): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.min(failures, 30));
  // ±20 % jitter so that many instances do not reconnect in lock-step after a broker restart.
  return Math.round(Math.min(maxMs, base * (0.8 + Math.random() * 0.4)));
}

/** Rejects with `onTimeout()` when `promise` has not settled after `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(onTimeout()), ms); }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * amqplib's connect, bounded in time (a peer that accepts TCP but never speaks AMQP would
 * otherwise keep us waiting) and abortable (so that stop() does not wait for a hanging attempt).
 */
export async function connectAmqp(
  url: string,
  opts: { name: string; timeoutMs: number; signal?: AbortSignal },
): Promise<ChannelModel> {
  const pending = amqp.connect(url, { timeout: opts.timeoutMs, clientProperties: { connection_name: opts.name } });
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await Promise.race([
      pending,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new AmqpTimeoutError(`AMQP connect to ${redactUrl(url)} timed out after ${opts.timeoutMs} ms`)),
          opts.timeoutMs,
        );
        onAbort = () => reject(new AmqpUnavailableError('AMQP connect aborted: shutting down'));
        if (opts.signal?.aborted) onAbort();
        else opts.signal?.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } catch (err) {
    // A connection that opens after we gave up on it must not linger.
    pending.then((c) => c.close().catch(() => undefined), () => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
    if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
  }
}

export interface ManagedConnectionOptions<S> {
  url: string;
  log: Logger;
  /** Shown as connection_name in RabbitMQ and in log lines. */
  name: string;
  connectTimeoutMs?: number;
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** Builds the per-connection state (channels, queues, consumers). A throw closes the connection and retries. */
  setup(conn: ChannelModel): Promise<S>;
}

interface Deferred<T> { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void }

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  promise.catch(() => undefined); // nobody may be waiting on a failed attempt
  return { promise, resolve, reject };
}

/**
 * One AMQP connection kept alive in the background. The loop connects, runs `setup`, waits for the
 * connection to close and starts over, sleeping a capped exponential backoff after each failure.
 */
export class ManagedConnection<S> {
  private readonly log: Logger;
  private readonly connectTimeoutMs: number;
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly abort = new AbortController();
  private conn: ChannelModel | undefined;
  private session: S | undefined;
  private attempt: Deferred<S> | undefined;
  private lastError: unknown;
  private nextAttemptAt = 0;
  private wake: (() => void) | undefined;
  private loopDone: Promise<void> | undefined;
  private stopped: Promise<void> | undefined;
  private stopping = false;

  constructor(private readonly opts: ManagedConnectionOptions<S>) {
    this.log = opts.log.child({ amqp: opts.name });
    this.connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.minDelayMs = opts.minReconnectDelayMs ?? DEFAULT_MIN_RECONNECT_DELAY_MS;
    this.maxDelayMs = opts.maxReconnectDelayMs ?? DEFAULT_MAX_RECONNECT_DELAY_MS;
  }

  /** Starts the background loop (idempotent). */
  start(): void {
    if (!this.loopDone && !this.stopping) this.loopDone = this.loop();
  }

  connected(): boolean { return this.session !== undefined; }
  isStopping(): boolean { return this.stopping; }
  current(): S | undefined { return this.session; }

  /**
   * The live session; waits for a connect attempt that is under way, but fails at once while the
   * loop is backing off, so that callers (the outbox) retry later instead of queueing up here.
   */
  async acquire(): Promise<S> {
    if (this.stopping) throw new AmqpUnavailableError(`AMQP ${this.opts.name} is closed`);
    this.start();
    if (this.session !== undefined) return this.session;
    if (this.attempt) return this.attempt.promise;
    const inMs = Math.max(0, this.nextAttemptAt - Date.now());
    const last = this.lastError instanceof Error ? `: ${this.lastError.message}` : '';
    throw new AmqpUnavailableError(`AMQP broker unavailable${last} (next attempt in ${inMs} ms)`);
  }

  /**
   * Closes `conn` so that the loop builds a fresh one (after a channel failure). Ignored when `conn`
   * is no longer the live connection, e.g. when it was the connection's own loss that closed the channel.
   */
  reset(conn: ChannelModel, why: string): void {
    if (conn !== this.conn || this.stopping) return;
    this.log.warn({ why }, 'AMQP channel failed; reconnecting');
    conn.close().catch(() => undefined);
  }

  /** Test hook: cut the socket, as a network failure or broker crash would. */
  simulateConnectionLoss(): boolean {
    const stream = (this.conn?.connection as unknown as { stream?: { destroy(err?: Error): void } } | undefined)?.stream;
    if (!stream) return false;
    stream.destroy(new Error('simulated connection loss'));
    return true;
  }

  /** Stops reconnecting, runs `drain` while the connection is still up, then closes it. */
  stop(drain?: () => Promise<void>): Promise<void> {
    this.stopped ??= (async () => {
      this.stopping = true;
      this.abort.abort();
      this.wake?.();
      if (drain) {
        try { await drain(); } catch (err) { this.log.warn({ err: safeError(err) }, 'AMQP drain failed'); }
      }
      await this.conn?.close().catch(() => undefined);
      await this.loopDone;
    })();
    return this.stopped;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      const attempt = deferred<S>();
      this.attempt = attempt;
      let conn: ChannelModel | undefined;
      try {
        conn = await connectAmqp(this.opts.url, { name: this.opts.name, timeoutMs: this.connectTimeoutMs, signal: this.abort.signal });
        const c = conn;
        const closed = new Promise<Error | undefined>((resolve) => { c.once('close', (err?: Error) => resolve(err)); });
        // Without an 'error' listener amqplib's error events would crash the process; 'close' follows.
        c.on('error', (err: unknown) => this.log.warn({ err: safeError(err) }, 'AMQP connection error'));
        c.on('blocked', (reason: unknown) => this.log.warn({ reason: String(reason) }, 'AMQP connection blocked by the broker'));
        c.on('unblocked', () => this.log.info('AMQP connection unblocked'));
        const session = await withTimeout(this.opts.setup(c), this.connectTimeoutMs,
          () => new AmqpTimeoutError(`AMQP setup timed out after ${this.connectTimeoutMs} ms`));
        if (this.stopping) {
          await c.close().catch(() => undefined);
          attempt.reject(new AmqpUnavailableError(`AMQP ${this.opts.name} is closed`));
          break;
        }
        this.conn = c;
        this.session = session;
        this.attempt = undefined;
        this.lastError = undefined;
        attempt.resolve(session);
        this.log.info({ url: redactUrl(this.opts.url), afterFailures: failures }, 'AMQP connected');
        failures = 0;
        const err = await closed;
        this.conn = undefined;
        this.session = undefined;
        if (this.stopping) break;
        this.log.warn({ err: err ? safeError(err) : undefined }, 'AMQP connection lost; reconnecting');
      } catch (err) {
        if (conn) await conn.close().catch(() => undefined);
        this.attempt = undefined;
        this.lastError = err;
        attempt.reject(err);
        if (this.stopping) break;
        failures += 1;
        this.log.warn({ url: redactUrl(this.opts.url), failures, err: safeError(err) }, 'AMQP connect failed; will retry');
      }
      const delay = backoffDelay(Math.max(0, failures - 1), this.minDelayMs, this.maxDelayMs);
      this.nextAttemptAt = Date.now() + delay;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => { clearTimeout(timer); resolve(); };
      });
      this.wake = undefined;
    }
    this.attempt?.reject(new AmqpUnavailableError(`AMQP ${this.opts.name} is closed`));
    this.attempt = undefined;
  }
}

// Test hooks: a registry instead of extra methods, so the public interfaces stay as specified.
const testHooks = new WeakMap<object, ManagedConnection<unknown>>();

export function registerConnectionForTests(owner: object, managed: ManagedConnection<unknown>): void {
  testHooks.set(owner, managed);
}

/**
 * Test hook: destroys the socket under an ingress or publisher, as a broker crash would.
 * Returns false when there was no live connection.
 */
export function simulateConnectionLoss(owner: object): boolean {
  const managed = testHooks.get(owner);
  if (!managed) throw new Error('not an AMQP ingress or publisher');
  return managed.simulateConnectionLoss();
}
