/**
 * AMQP egress: publishes outgoing iJw messages for the outbox. A publish resolves only when the
 * broker has confirmed it (persistent, so it is on disk for durable queues) and rejects on a nack,
 * an unroutable message, a lost channel or a timeout — the outbox then simply retries later.
 * A retry after a timeout may duplicate a message; receivers deduplicate on messageId.
 */
import type { ChannelModel, ConfirmChannel, Message } from 'amqplib';
import type { Logger } from 'pino';
import {
  AmqpTimeoutError, AmqpUnavailableError, ManagedConnection, registerConnectionForTests, safeError, withTimeout,
} from '../amqp/connection.js';

export { AmqpTimeoutError, AmqpUnavailableError } from '../amqp/connection.js';

export interface PublishArgs {
  exchange: string;
  routingKey: string;
  body: Buffer;
  messageId: string;
  type: string;
  headers?: Record<string, unknown>;
}

export interface AmqpPublisher {
  /** Resolves when the broker confirmed; rejects on nack, unroutable, closed channel or timeout. */
  publish(args: PublishArgs): Promise<void>;
  connected(): boolean;
  close(): Promise<void>;
}

export interface AmqpPublisherOptions {
  url: string;
  log: Logger;
  /** Upper bound for one publish, connecting included (default 10 000 ms). */
  timeoutMs?: number;
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
}

/** The broker returned the message: no queue is bound for this exchange and routing key. */
export class AmqpUnroutableError extends Error {
  override readonly name = 'AmqpUnroutableError';
}

interface Pending { messageId: string; returned: boolean }

/** One confirm channel; reopened on the same connection after a channel error (e.g. unknown exchange). */
interface PublishChannel {
  channel: ConfirmChannel;
  open: boolean;
  pending: Set<Pending>;
  closeError: Error | undefined;
}

interface Session {
  conn: ChannelModel;
  current: Promise<PublishChannel> | undefined;
}

class Publisher implements AmqpPublisher {
  private readonly log: Logger;
  private readonly managed: ManagedConnection<Session>;
  private readonly timeoutMs: number;
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing = false;

  constructor(opts: AmqpPublisherOptions) {
    this.log = opts.log.child({ component: 'amqp-egress' });
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.managed = new ManagedConnection<Session>({
      url: opts.url,
      log: this.log,
      name: 'ijw-egress',
      connectTimeoutMs: this.timeoutMs,
      minReconnectDelayMs: opts.minReconnectDelayMs,
      maxReconnectDelayMs: opts.maxReconnectDelayMs,
      setup: async (conn) => {
        const session: Session = { conn, current: undefined };
        await this.channelFor(session); // fail the attempt early when channels cannot be opened
        return session;
      },
    });
    registerConnectionForTests(this, this.managed as ManagedConnection<unknown>);
  }

  connected(): boolean {
    return this.managed.connected();
  }

  async publish(args: PublishArgs): Promise<void> {
    if (this.closing) throw new AmqpUnavailableError('AMQP publisher is closed');
    const task = withTimeout(this.doPublish(args), this.timeoutMs,
      () => new AmqpTimeoutError(`AMQP publish of ${args.messageId} not confirmed within ${this.timeoutMs} ms`));
    this.inFlight.add(task);
    try {
      await task;
    } catch (err) {
      this.log.warn({ messageId: args.messageId, exchange: args.exchange, routingKey: args.routingKey, err: safeError(err) }, 'AMQP publish failed');
      throw err;
    } finally {
      this.inFlight.delete(task);
    }
  }

  /** Waits for outstanding confirms (each bounded by the timeout), then closes the connection. */
  close(): Promise<void> {
    this.closing = true;
    return this.managed.stop(async () => { await Promise.allSettled([...this.inFlight]); });
  }

  private async doPublish(args: PublishArgs): Promise<void> {
    const session = await this.managed.acquire(); // lazy connect; fails fast while backing off
    const pc = await this.channelFor(session);
    const record: Pending = { messageId: args.messageId, returned: false };
    pc.pending.add(record);
    try {
      await new Promise<void>((resolve, reject) => {
        // Throws synchronously on a closed channel; the executor turns that into a rejection.
        pc.channel.publish(args.exchange, args.routingKey, args.body, {
          persistent: true,
          mandatory: true, // an unroutable message is returned, not silently dropped
          contentType: 'application/xml',
          messageId: args.messageId,
          type: args.type,
          timestamp: Math.floor(Date.now() / 1000),
          headers: args.headers ?? {},
        }, (err: unknown) => {
          if (err) reject(pc.closeError ?? (err instanceof Error ? err : new Error('AMQP publish nacked by the broker')));
          else if (record.returned) reject(new AmqpUnroutableError(`message ${args.messageId} is unroutable: exchange "${args.exchange}", routing key "${args.routingKey}"`));
          else resolve();
        });
      });
    } finally {
      pc.pending.delete(record);
    }
  }

  /** The session's open confirm channel, reopened on demand; concurrent callers share one reopen. */
  private async channelFor(session: Session): Promise<PublishChannel> {
    for (;;) {
      const current = session.current;
      if (current) {
        const pc = await current.catch(() => undefined);
        if (pc?.open) return pc;
        if (session.current !== current) continue; // another caller is already reopening
      }
      session.current = this.openChannel(session);
      return session.current;
    }
  }

  private openChannel(session: Session): Promise<PublishChannel> {
    const opening = (async (): Promise<PublishChannel> => {
      const channel = await session.conn.createConfirmChannel();
      const pc: PublishChannel = { channel, open: true, pending: new Set(), closeError: undefined };
      channel.on('error', (err: unknown) => {
        pc.closeError = err instanceof Error ? err : new Error(String(err));
        this.log.warn({ err: safeError(err) }, 'AMQP publish channel error');
      });
      channel.on('close', () => { pc.open = false; });
      // With mandatory, the broker sends basic.return before the confirm of the same message.
      channel.on('return', (msg: Message) => {
        for (const p of pc.pending) if (p.messageId === msg.properties.messageId) p.returned = true;
      });
      return pc;
    })();
    opening.catch(() => undefined); // awaited by the caller; this only prevents an unhandled rejection
    return opening;
  }
}

/** A confirm-channel publisher; connects on first use and reconnects in the background after a loss. */
export function createAmqpPublisher(opts: AmqpPublisherOptions): AmqpPublisher {
  return new Publisher(opts);
}
