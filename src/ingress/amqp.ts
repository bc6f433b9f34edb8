/**
 * AMQP ingress: consumes incoming iJw messages and hands each one to the pipeline's `accept`.
 *
 * Durability contract: a delivery is acked only after `accept` has committed it to the inbox
 * ('stored'), or after a refused message has been confirmed by the broker in the dead-letter
 * queue. Anything else (a thrown error, a lost connection, a shutdown timeout) leaves it unacked,
 * so the broker redelivers it; the inbox recognises the duplicate. Message bodies are never logged.
 */
import { randomUUID } from 'node:crypto';
import type { Channel, ChannelModel, ConfirmChannel, ConsumeMessage, Message, Options } from 'amqplib';
import type { Logger } from 'pino';
import {
  AmqpTimeoutError, ManagedConnection, registerConnectionForTests, safeError, withTimeout,
} from '../amqp/connection.js';

export type AcceptOutcome =
  | { kind: 'stored'; id: number; duplicate: boolean } // committed to the inbox (also when CL1-rejected but stored): ack
  | { kind: 'refused'; reason: string }; // can never be stored (not XML, too large, sender not allowed): dead-letter
// A thrown error means a transient failure (database down): do not ack; redeliver later.

export interface AcceptMeta {
  messageId?: string;
  headers: Record<string, unknown>;
  redelivered: boolean;
}

export interface AmqpIngressOptions {
  url: string;
  queue: string;
  deadLetterQueue: string;
  /** Unacked deliveries in flight at once (default 16). */
  prefetch?: number;
  log: Logger;
  accept(body: Buffer, meta: AcceptMeta): Promise<AcceptOutcome>;
  /** Delay before a delivery whose accept threw is requeued; doubles per consecutive failure (default 1000 ms). */
  retryDelayMs?: number;
  /** Cap of that delay (default 10 000 ms). */
  maxRetryDelayMs?: number;
  /** How long stop() waits for in-flight accepts; unfinished ones stay unacked and are redelivered (default 30 000 ms). */
  stopTimeoutMs?: number;
  /** How long a dead-letter publish may wait for the broker's confirm (default 10 000 ms). */
  confirmTimeoutMs?: number;
  connectTimeoutMs?: number;
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
}

export interface AmqpIngress {
  stop(): Promise<void>;
  connected(): boolean;
}

export const REASON_HEADER = 'x-ijw-reason';
export const SOURCE_QUEUE_HEADER = 'x-ijw-source-queue';
/** Unique per dead-lettering; lets us recognise the broker returning our publish as unroutable. */
export const DEAD_LETTER_ID_HEADER = 'x-ijw-dead-letter-id';
const MAX_REASON_LENGTH = 1024;

class DeadLetterUnroutableError extends Error {
  override readonly name = 'DeadLetterUnroutableError';
}

/** Per-connection state; acks must go to the channel the delivery came from. */
interface Session {
  conn: ChannelModel;
  channel: Channel;
  confirm: ConfirmChannel;
  consumerTag: string;
  open: boolean;
  /** Dead-letter ids the broker returned (the dead-letter queue vanished); checked when the confirm arrives. */
  returned: Set<string>;
}

class Ingress implements AmqpIngress {
  private readonly log: Logger;
  private readonly managed: ManagedConnection<Session>;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly retryWaits = new Set<() => void>();
  private consecutiveFailures = 0;

  constructor(private readonly opts: AmqpIngressOptions) {
    this.log = opts.log.child({ component: 'amqp-ingress', queue: opts.queue });
    this.managed = new ManagedConnection<Session>({
      url: opts.url,
      log: this.log,
      name: `ijw-ingress:${opts.queue}`,
      connectTimeoutMs: opts.connectTimeoutMs,
      minReconnectDelayMs: opts.minReconnectDelayMs,
      maxReconnectDelayMs: opts.maxReconnectDelayMs,
      setup: (conn) => this.setup(conn),
    });
    registerConnectionForTests(this, this.managed as ManagedConnection<unknown>);
  }

  /** Resolves after the first connect attempt, whatever its outcome; retrying continues in the background. */
  async start(): Promise<void> {
    this.managed.start();
    try {
      await this.managed.acquire();
    } catch (err) {
      this.log.warn({ err: safeError(err) }, 'AMQP ingress not connected yet; retrying in the background');
    }
  }

  connected(): boolean {
    return this.managed.current()?.open === true;
  }

  stop(): Promise<void> {
    return this.managed.stop(() => this.drain());
  }

  private async setup(conn: ChannelModel): Promise<Session> {
    const channel = await conn.createChannel();
    const confirm = await conn.createConfirmChannel();
    const session: Session = { conn, channel, confirm, consumerTag: '', open: true, returned: new Set() };
    confirm.on('return', (m: Message) => {
      const id = m.properties.headers?.[DEAD_LETTER_ID_HEADER];
      if (typeof id === 'string') session.returned.add(id);
    });
    for (const ch of [channel, confirm]) {
      // A channel error (e.g. an ack the broker rejects) closes only that channel: rebuild everything.
      ch.on('error', (err: unknown) => this.log.warn({ err: safeError(err) }, 'AMQP channel error'));
      ch.on('close', () => {
        if (!session.open) return;
        session.open = false;
        // Deferred: when the whole connection died, its 'close' has been processed by then and this is a no-op.
        setImmediate(() => this.managed.reset(conn, 'channel closed'));
      });
    }
    await channel.assertQueue(this.opts.queue, { durable: true });
    await channel.assertQueue(this.opts.deadLetterQueue, { durable: true });
    await channel.prefetch(this.opts.prefetch ?? 16);
    const { consumerTag } = await channel.consume(this.opts.queue, (msg) => this.onDelivery(session, msg), { noAck: false });
    session.consumerTag = consumerTag;
    return session;
  }

  private onDelivery(session: Session, msg: ConsumeMessage | null): void {
    if (msg === null) {
      // The broker cancelled the consumer (e.g. the queue was deleted): reconnect re-asserts it.
      this.log.warn('AMQP consumer cancelled by the broker');
      this.managed.reset(session.conn, 'consumer cancelled');
      return;
    }
    const task: Promise<void> = this.handle(session, msg)
      .catch((err: unknown) => this.log.error({ err: safeError(err) }, 'AMQP delivery handling failed'))
      .finally(() => { this.inFlight.delete(task); });
    this.inFlight.add(task);
  }

  private async handle(session: Session, msg: ConsumeMessage): Promise<void> {
    const messageId = typeof msg.properties.messageId === 'string' ? msg.properties.messageId : undefined;
    const logCtx = { messageId, deliveryTag: msg.fields.deliveryTag, redelivered: msg.fields.redelivered };
    const meta: AcceptMeta = {
      headers: { ...(msg.properties.headers ?? {}) },
      redelivered: msg.fields.redelivered,
      ...(messageId !== undefined ? { messageId } : {}),
    };
    let outcome: AcceptOutcome;
    try {
      outcome = await this.opts.accept(msg.content, meta);
    } catch (err) {
      await this.requeueLater(session, msg, err, 'accept failed');
      return;
    }
    if (outcome.kind === 'stored') {
      this.consecutiveFailures = 0;
      this.settle(session, msg, true);
      this.log.debug({ ...logCtx, id: outcome.id, duplicate: outcome.duplicate }, 'message stored');
      return;
    }
    if (outcome.kind !== 'refused' || typeof outcome.reason !== 'string') {
      // A contract violation by the caller: keep the message rather than guess.
      await this.requeueLater(session, msg, new Error('accept returned an unknown outcome'), 'accept failed');
      return;
    }
    const reason = outcome.reason.slice(0, MAX_REASON_LENGTH);
    try {
      await this.deadLetter(session, msg, reason);
    } catch (err) {
      // Reconnecting re-asserts the dead-letter queue in case it was deleted under us.
      if (err instanceof DeadLetterUnroutableError) this.managed.reset(session.conn, 'dead-letter queue missing');
      await this.requeueLater(session, msg, err, 'dead-lettering failed');
      return;
    }
    this.consecutiveFailures = 0;
    this.settle(session, msg, true);
    this.log.warn({ ...logCtx, reason }, 'message refused; moved to the dead-letter queue');
  }

  /** Transient failure: hold the delivery a while (no hot loop), then hand it back to the broker. */
  private async requeueLater(session: Session, msg: ConsumeMessage, err: unknown, what: string): Promise<void> {
    this.consecutiveFailures += 1;
    const base = this.opts.retryDelayMs ?? 1000;
    const delay = this.managed.isStopping()
      ? 0
      : Math.min(this.opts.maxRetryDelayMs ?? 10_000, base * 2 ** Math.min(this.consecutiveFailures - 1, 20));
    this.log.warn({
      messageId: msg.properties.messageId as unknown, deliveryTag: msg.fields.deliveryTag, err: safeError(err), retryInMs: delay,
    }, `${what}; the message will be redelivered`);
    if (delay > 0) {
      await new Promise<void>((resolve) => {
        const wake = (): void => { clearTimeout(timer); this.retryWaits.delete(wake); resolve(); };
        const timer = setTimeout(wake, delay);
        this.retryWaits.add(wake);
      });
    }
    this.settle(session, msg, false);
  }

  /** Ack, or nack with requeue. On a dead channel there is nothing to do: the broker redelivers. */
  private settle(session: Session, msg: ConsumeMessage, ack: boolean): void {
    if (!session.open) {
      this.log.info({ messageId: msg.properties.messageId as unknown }, 'channel gone before settling; the broker will redeliver');
      return;
    }
    try {
      if (ack) session.channel.ack(msg);
      else session.channel.nack(msg, false, true);
    } catch (err) {
      this.log.warn({ err: safeError(err) }, 'could not settle delivery; the broker will redeliver');
    }
  }

  /** Publishes the original message to the dead-letter queue and waits for the broker's confirm. */
  private async deadLetter(session: Session, msg: ConsumeMessage, reason: string): Promise<void> {
    const p = msg.properties;
    const deadLetterId = randomUUID();
    const options: Options.Publish = {
      persistent: true,
      mandatory: true, // if the dead-letter queue is gone the broker returns it instead of dropping it
      headers: {
        ...(p.headers ?? {}), [REASON_HEADER]: reason, [SOURCE_QUEUE_HEADER]: this.opts.queue, [DEAD_LETTER_ID_HEADER]: deadLetterId,
      },
    };
    if (p.messageId !== undefined) options.messageId = p.messageId as string;
    if (p.contentType !== undefined) options.contentType = p.contentType as string;
    if (p.type !== undefined) options.type = p.type as string;
    if (p.correlationId !== undefined) options.correlationId = p.correlationId as string;
    if (p.timestamp !== undefined) options.timestamp = p.timestamp as number;
    if (p.appId !== undefined) options.appId = p.appId as string;
    const timeoutMs = this.opts.confirmTimeoutMs ?? 10_000;
    const confirmed = new Promise<void>((resolve, reject) => {
      // sendToQueue throws synchronously on a closed channel; the executor turns that into a rejection.
      session.confirm.sendToQueue(this.opts.deadLetterQueue, msg.content, options, (err: unknown) => {
        if (err) reject(err instanceof Error ? err : new Error('dead-letter publish not confirmed'));
        else if (session.returned.delete(deadLetterId)) reject(new DeadLetterUnroutableError(`dead-letter queue ${this.opts.deadLetterQueue} is missing`));
        else resolve();
      });
    });
    await withTimeout(confirmed, timeoutMs,
      () => new AmqpTimeoutError(`dead-letter publish not confirmed within ${timeoutMs} ms`));
  }

  /** Shutdown: stop new deliveries, let in-flight ones finish (and be acked), bounded in time. */
  private async drain(): Promise<void> {
    const session = this.managed.current();
    if (session?.open) {
      try {
        await session.channel.cancel(session.consumerTag);
      } catch (err) {
        this.log.warn({ err: safeError(err) }, 'could not cancel the AMQP consumer');
      }
    }
    for (const wake of [...this.retryWaits]) wake(); // requeue transient failures now
    const deadline = Date.now() + (this.opts.stopTimeoutMs ?? 30_000);
    while (this.inFlight.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) {
        this.log.warn({ inFlight: this.inFlight.size }, 'stop timeout: unfinished deliveries stay unacked and will be redelivered');
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.inFlight]),
        new Promise<void>((resolve) => { timer = setTimeout(resolve, left); }),
      ]);
      clearTimeout(timer);
    }
    // Close the channels before the connection: amqplib buffers frames per channel, and a
    // connection close can overtake an ack still sitting in the channel's buffer. A channel close
    // is queued behind it, so once it is confirmed the acks have reached the broker.
    const live = this.managed.current();
    if (live?.open) {
      live.open = false;
      await Promise.allSettled([live.channel.close(), live.confirm.close()]);
    }
  }
}

/**
 * Starts consuming `opts.queue`. Resolves after the first connection attempt even when it failed:
 * a broker outage must not keep the service from starting; the ingress keeps retrying.
 */
export async function startAmqpIngress(opts: AmqpIngressOptions): Promise<AmqpIngress> {
  const ingress = new Ingress(opts);
  await ingress.start();
  return ingress;
}
