/**
 * The AMQP transport against a real RabbitMQ (AMQP_URL, default amqp://guest:guest@127.0.0.1:5672).
 * Every test uses its own randomly named queues/exchanges and deletes them afterwards.
 */
import net from 'node:net';
import amqp, { type ChannelModel, type ConfirmChannel } from 'amqplib';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { simulateConnectionLoss } from '../../src/amqp/connection.js';
import {
  AmqpTimeoutError, AmqpUnavailableError, AmqpUnroutableError, createAmqpPublisher, type AmqpPublisher,
} from '../../src/egress/amqp.js';
import {
  REASON_HEADER, startAmqpIngress, type AcceptMeta, type AcceptOutcome, type AmqpIngress, type AmqpIngressOptions,
} from '../../src/ingress/amqp.js';
import {
  AMQP_URL, captureLogger, deferred, describeAmqp, startSilentServer, startTcpProxy, uniqueName, waitFor,
} from '../support/amqp.js';

// Personal data look-alikes: they must never show up in a log line.
const BSN = '999999990';
const NAME = 'Jansen-Testpersoon';
const body = (n: number): Buffer => Buffer.from(`<Bericht n="${n}"><Bsn>${BSN}</Bsn><Naam>${NAME}</Naam></Bericht>`);
const STORED: AcceptOutcome = { kind: 'stored', id: 1, duplicate: false };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Call { body: Buffer; meta: AcceptMeta; at: number }

await describeAmqp('AMQP transport', () => {
  let admin: ChannelModel;
  let ch: ConfirmChannel;
  const queues: string[] = [];
  const exchanges: string[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  let captured = captureLogger();

  beforeAll(async () => {
    admin = await amqp.connect(AMQP_URL);
    admin.on('error', () => undefined);
  });
  afterAll(async () => { await admin.close(); });

  beforeEach(async () => {
    captured = captureLogger();
    ch = await admin.createConfirmChannel();
    ch.on('error', () => undefined);
  });

  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    // A fresh channel: a failed check in the test may have closed `ch`.
    const cleanup = await admin.createChannel();
    for (const q of queues.splice(0)) await cleanup.deleteQueue(q);
    for (const e of exchanges.splice(0)) await cleanup.deleteExchange(e);
    await cleanup.close();
    await ch.close().catch(() => undefined);
    // Privacy: whatever happened in the test, no body content reached the logs.
    const all = captured.lines.join('');
    expect(all).not.toContain(BSN);
    expect(all).not.toContain(NAME);
  });

  const names = (): { queue: string; deadLetterQueue: string } => {
    const queue = uniqueName('in');
    const deadLetterQueue = `${queue}.dlq`;
    queues.push(queue, deadLetterQueue);
    return { queue, deadLetterQueue };
  };

  const send = async (queue: string, n: number, messageId: string, headers: Record<string, unknown> = {}): Promise<void> => {
    await ch.assertQueue(queue, { durable: true });
    ch.sendToQueue(queue, body(n), { messageId, persistent: true, headers });
    await ch.waitForConfirms();
  };

  const start = async (
    opts: Pick<AmqpIngressOptions, 'queue' | 'deadLetterQueue' | 'accept'> & Partial<AmqpIngressOptions>,
  ): Promise<AmqpIngress> => {
    const ingress = await startAmqpIngress({ url: AMQP_URL, log: captured.log, retryDelayMs: 50, ...opts });
    cleanups.push(() => ingress.stop());
    return ingress;
  };

  const recorder = (outcome: (call: Call) => Promise<AcceptOutcome> | AcceptOutcome = () => STORED) => {
    const calls: Call[] = [];
    const accept = async (b: Buffer, meta: AcceptMeta): Promise<AcceptOutcome> => {
      const call = { body: b, meta, at: Date.now() };
      calls.push(call);
      return outcome(call);
    };
    return { calls, accept };
  };

  const messageCount = async (queue: string): Promise<number> => (await ch.checkQueue(queue)).messageCount;

  /** Message count, or undefined when the queue does not exist (on a throwaway channel: a failed check closes it). */
  const countIfExists = async (queue: string): Promise<number | undefined> => {
    const probe = await admin.createChannel();
    probe.on('error', () => undefined);
    const count = await probe.checkQueue(queue).then((q) => q.messageCount, () => undefined);
    await probe.close().catch(() => undefined);
    return count;
  };

  // ---------------------------------------------------------------- ingress

  it('acks a delivery once accept says stored', async () => {
    const { queue, deadLetterQueue } = names();
    await send(queue, 1, 'm1', { 'x-sender': 'AGB12345' });
    const { calls, accept } = recorder();
    const ingress = await start({ queue, deadLetterQueue, accept });
    expect(ingress.connected()).toBe(true);
    await waitFor(() => calls.length === 1, 'the delivery');
    await ingress.stop();
    expect(ingress.connected()).toBe(false);
    // An unacked delivery would be back in the queue now that the connection is closed.
    expect(await messageCount(queue)).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body.equals(body(1))).toBe(true);
    expect(calls[0]!.meta).toEqual({ messageId: 'm1', headers: { 'x-sender': 'AGB12345' }, redelivered: false });
    expect(await messageCount(deadLetterQueue)).toBe(0);
  });

  it('does not ack while accept is pending: a stop that times out leaves the message for redelivery', async () => {
    const { queue, deadLetterQueue } = names();
    await send(queue, 2, 'm2');
    const gate = deferred<AcceptOutcome>();
    const { calls, accept } = recorder(() => gate.promise);
    const ingress = await start({ queue, deadLetterQueue, accept, stopTimeoutMs: 200 });
    await waitFor(() => calls.length === 1, 'the delivery');
    expect(await messageCount(queue)).toBe(0); // delivered, held unacked
    await ingress.stop(); // gives up waiting after 200 ms and closes the connection
    const back = await ch.get(queue, { noAck: true });
    expect(back).not.toBe(false);
    if (back === false) return;
    expect(back.fields.redelivered).toBe(true);
    expect(back.properties.messageId).toBe('m2');
    expect(back.content.equals(body(2))).toBe(true);
    gate.resolve(STORED); // too late to ack: must be harmless
    await sleep(20);
  });

  it('stop() waits for an in-flight accept and then acks it', async () => {
    const { queue, deadLetterQueue } = names();
    await send(queue, 3, 'm3');
    const gate = deferred<AcceptOutcome>();
    const { calls, accept } = recorder(() => gate.promise);
    const ingress = await start({ queue, deadLetterQueue, accept });
    await waitFor(() => calls.length === 1, 'the delivery');
    let stopped = false;
    const stopping = ingress.stop().then(() => { stopped = true; });
    await sleep(150);
    expect(stopped).toBe(false);
    gate.resolve(STORED);
    await stopping;
    expect(await messageCount(queue)).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('moves a refused message to the dead-letter queue with the reason, then acks it', async () => {
    const { queue, deadLetterQueue } = names();
    await send(queue, 4, 'm4', { 'x-sender': 'AGB1' });
    const { calls, accept } = recorder(() => ({ kind: 'refused', reason: 'NOT_XML: the message is not well-formed' }));
    const ingress = await start({ queue, deadLetterQueue, accept });
    await waitFor(async () => (await messageCount(deadLetterQueue)) === 1, 'the dead-lettered message');
    await ingress.stop();
    expect(await messageCount(queue)).toBe(0);
    expect(calls).toHaveLength(1);
    const dead = await ch.get(deadLetterQueue, { noAck: true });
    expect(dead).not.toBe(false);
    if (dead === false) return;
    expect(dead.content.equals(body(4))).toBe(true);
    expect(dead.properties.messageId).toBe('m4');
    expect(dead.properties.deliveryMode).toBe(2);
    expect(dead.properties.headers?.[REASON_HEADER]).toBe('NOT_XML: the message is not well-formed');
    expect(dead.properties.headers?.['x-sender']).toBe('AGB1');
  });

  it('does not lose a refused message when the dead-letter queue was deleted', async () => {
    const { queue, deadLetterQueue } = names();
    const { calls, accept } = recorder(() => ({ kind: 'refused', reason: 'TOO_LARGE' }));
    const ingress = await start({ queue, deadLetterQueue, accept });
    await ch.deleteQueue(deadLetterQueue);
    await send(queue, 6, 'm6');
    // The publish is returned as unroutable; the ingress reconnects (re-asserting the queue) and retries.
    await waitFor(async () => (await countIfExists(deadLetterQueue)) === 1,
      'the message in the re-asserted dead-letter queue', 4000);
    await ingress.stop();
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(await messageCount(queue)).toBe(0);
  });

  it('requeues after a thrown error, with a delay, and stores on redelivery', async () => {
    const { queue, deadLetterQueue } = names();
    await send(queue, 5, 'm5');
    const { calls, accept } = recorder((call) => {
      // The error text quotes a value, as database errors do: it must be masked in the log.
      if (!call.meta.redelivered) throw new Error(`connection refused; Key (bsn)=(${BSN})`);
      return STORED;
    });
    const ingress = await start({ queue, deadLetterQueue, accept, retryDelayMs: 150 });
    await waitFor(() => calls.length === 2, 'the redelivery');
    await ingress.stop();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.meta.redelivered).toBe(true);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(140); // held back, no hot loop
    expect(await messageCount(queue)).toBe(0);
    expect(await messageCount(deadLetterQueue)).toBe(0);
    expect(captured.lines.join('')).toContain('the message will be redelivered');
  });

  it('reconnects after the connection is cut and redelivers what was in flight', async () => {
    const { queue, deadLetterQueue } = names();
    const gate = deferred<AcceptOutcome>();
    const { calls, accept } = recorder((call) => (call.meta.messageId === 'b' && !call.meta.redelivered ? gate.promise : STORED));
    const ingress = await start({ queue, deadLetterQueue, accept });
    await send(queue, 1, 'a');
    await waitFor(() => calls.length === 1, 'the first message');
    await send(queue, 2, 'b');
    await waitFor(() => calls.length === 2, 'the second message');

    expect(simulateConnectionLoss(ingress)).toBe(true);
    await waitFor(() => !ingress.connected(), 'the loss to be noticed', 2000);
    gate.resolve(STORED); // its channel is gone: this must not ack anything
    await waitFor(() => ingress.connected(), 'the reconnect', 3000);
    await waitFor(() => calls.length === 3, 'the redelivery of b');
    expect(calls[2]!.meta).toMatchObject({ messageId: 'b', redelivered: true });

    await send(queue, 3, 'c');
    await waitFor(() => calls.length === 4, 'consumption to resume');
    await ingress.stop();
    expect(calls.map((c) => c.meta.messageId)).toEqual(['a', 'b', 'b', 'c']);
    expect(await messageCount(queue)).toBe(0);
  });

  it('starts while the broker is unreachable and consumes once it is back; survives an outage', async () => {
    const proxy = await startTcpProxy(AMQP_URL);
    cleanups.push(() => proxy.close());
    await proxy.down();
    const { queue, deadLetterQueue } = names();
    await send(queue, 1, 'a');
    const { calls, accept } = recorder();
    const t0 = Date.now();
    const ingress = await start({
      url: proxy.url, queue, deadLetterQueue, accept, minReconnectDelayMs: 50, maxReconnectDelayMs: 400,
    });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(ingress.connected()).toBe(false);
    expect(captured.lines.join('')).toContain('retrying in the background');

    await proxy.up();
    await waitFor(() => calls.length === 1, 'consumption after the broker came up', 3000);
    expect(ingress.connected()).toBe(true);

    await proxy.down(); // broker "restart"
    await waitFor(() => !ingress.connected(), 'the loss to be noticed', 2000);
    await send(queue, 2, 'b');
    await sleep(300);
    expect(calls).toHaveLength(1);
    await proxy.up();
    await waitFor(() => calls.length === 2, 'consumption after the outage', 3000);
    await ingress.stop();
    expect(await messageCount(queue)).toBe(0);
  });

  it('re-asserts its queue and resumes when the broker cancels the consumer', async () => {
    const { queue, deadLetterQueue } = names();
    const { calls, accept } = recorder();
    const ingress = await start({ queue, deadLetterQueue, accept });
    await ch.deleteQueue(queue); // the broker cancels our consumer
    await waitFor(async () => ingress.connected() && (await countIfExists(queue)) !== undefined, 'the queue to be re-asserted', 3000);
    await send(queue, 1, 'a');
    await waitFor(() => calls.length === 1, 'consumption to resume');
    await ingress.stop();
  });

  // ---------------------------------------------------------------- egress

  const publisher = (opts: { url?: string; timeoutMs?: number } = {}): AmqpPublisher => {
    const p = createAmqpPublisher({ url: opts.url ?? AMQP_URL, log: captured.log, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) });
    cleanups.push(() => p.close());
    return p;
  };

  const boundExchange = async (): Promise<{ exchange: string; queue: string }> => {
    const exchange = uniqueName('out');
    const queue = `${exchange}.q`;
    exchanges.push(exchange);
    queues.push(queue);
    await ch.assertExchange(exchange, 'direct', { durable: true });
    await ch.assertQueue(queue, { durable: true });
    await ch.bindQueue(queue, exchange, 'jw301');
    return { exchange, queue };
  };

  it('publishes persistent, confirmed XML messages with messageId and type', async () => {
    const { exchange, queue } = await boundExchange();
    const pub = publisher();
    expect(pub.connected()).toBe(false); // lazy
    await pub.publish({ exchange, routingKey: 'jw301', body: body(1), messageId: 'out-1', type: 'JW301', headers: { 'x-ijw-gemeente': '0363' } });
    expect(pub.connected()).toBe(true);
    const got = await ch.get(queue, { noAck: true });
    expect(got).not.toBe(false);
    if (got === false) return;
    expect(got.content.equals(body(1))).toBe(true);
    expect(got.properties).toMatchObject({
      messageId: 'out-1', type: 'JW301', contentType: 'application/xml', deliveryMode: 2, headers: { 'x-ijw-gemeente': '0363' },
    });
    // Concurrent publishes all confirm.
    await Promise.all(Array.from({ length: 50 }, (_, k) =>
      pub.publish({ exchange, routingKey: 'jw301', body: body(k), messageId: `c-${k}`, type: 'JW301' })));
    expect(await messageCount(queue)).toBe(50);
  });

  it('rejects an unroutable publish and an unknown exchange, and keeps working afterwards', async () => {
    const { exchange, queue } = await boundExchange();
    const pub = publisher();
    await expect(pub.publish({ exchange, routingKey: 'nobody-bound', body: body(1), messageId: 'u-1', type: 'JW301' }))
      .rejects.toBeInstanceOf(AmqpUnroutableError);
    await expect(pub.publish({ exchange: uniqueName('missing'), routingKey: 'x', body: body(1), messageId: 'u-2', type: 'JW301' }))
      .rejects.toThrow(/NOT_FOUND|404/);
    await pub.publish({ exchange, routingKey: 'jw301', body: body(2), messageId: 'u-3', type: 'JW301' });
    expect(await messageCount(queue)).toBe(1);
  });

  it('rejects quickly when the broker URL is wrong, and fast-fails while backing off', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const pub = publisher({ url: `amqp://guest:guest@127.0.0.1:${port}`, timeoutMs: 2000 });
    const t0 = Date.now();
    await expect(pub.publish({ exchange: 'x', routingKey: 'y', body: body(1), messageId: 'w-1', type: 'JW301' })).rejects.toThrow();
    await expect(pub.publish({ exchange: 'x', routingKey: 'y', body: body(1), messageId: 'w-2', type: 'JW301' }))
      .rejects.toBeInstanceOf(AmqpUnavailableError);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(pub.connected()).toBe(false);
  });

  it('rejects within the timeout when the peer never answers', async () => {
    const silent = await startSilentServer();
    cleanups.push(() => silent.close());
    const pub = publisher({ url: silent.url, timeoutMs: 300 });
    const t0 = Date.now();
    await expect(pub.publish({ exchange: 'x', routingKey: 'y', body: body(1), messageId: 's-1', type: 'JW301' }))
      .rejects.toBeInstanceOf(AmqpTimeoutError);
    const took = Date.now() - t0;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(1500);
  });

  it('reconnects the publisher after a connection loss', async () => {
    const { exchange, queue } = await boundExchange();
    const pub = publisher({ timeoutMs: 1000 });
    await pub.publish({ exchange, routingKey: 'jw301', body: body(1), messageId: 'r-1', type: 'JW301' });
    expect(simulateConnectionLoss(pub)).toBe(true);
    await waitFor(() => !pub.connected(), 'the loss to be noticed', 2000);
    await waitFor(() => pub.connected(), 'the background reconnect', 3000);
    await pub.publish({ exchange, routingKey: 'jw301', body: body(2), messageId: 'r-2', type: 'JW301' });
    expect(await messageCount(queue)).toBe(2);
  });
});
