/**
 * A lean HTTP load generator for bench/pipeline.ts: node:http with keep-alive sockets, pre-built
 * bodies, closed-loop (N clients, each sends its next message when the previous one is answered)
 * and open-loop (a fixed arrival rate, latency counted from the scheduled send time, so a stalled
 * server cannot hide its queue: no coordinated omission).
 */
import { Agent, request } from 'node:http';

export interface Target {
  port: number;
  authorization: string;
}

export interface Reply {
  status: number;
  body: string;
}

export function post(agent: Agent, t: Target, path: string, body: Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1', port: t.port, path, method: 'POST', agent,
        headers: { 'content-type': 'application/xml', 'content-length': body.length, authorization: t.authorization },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function get(agent: Agent, t: Target, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.port, path, method: 'GET', agent, headers: { authorization: t.authorization } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Nearest-rank percentile of an unsorted sample (q in 0..1). */
export function percentile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

export interface LoadResult {
  /** Messages answered 202 inside the measured window, per second. */
  rate: number;
  p50: number;
  p99: number;
  max: number;
  /** Requests measured (inside the window). */
  measured: number;
  /** All requests sent in the stage, warm-up included. */
  sent: number;
  /** Answers other than 202 (each one is a bench or service fault). */
  errors: { status: number; body: string }[];
  /** performance.now() of the first send and of the last answer. */
  firstSend: number;
  lastAnswer: number;
  /** Id of the last message stored (highest id seen). */
  lastId: number;
  /** The pool ran out before the stage ended. */
  exhausted: boolean;
  /** Measured requests as [ms since the first send at which the request was due or sent, latency ms]. */
  series: [number, number][];
  /** Open loop: p99 of how late the generator sent (its own lag is part of the latency). */
  sendLagP99?: number;
}

interface Pool {
  next(): Buffer | undefined;
}

function record(r: Reply, errors: LoadResult['errors'], ids: { last: number }): void {
  if (r.status !== 202) {
    if (errors.length < 20) errors.push({ status: r.status, body: r.body.slice(0, 300) });
    else errors.push({ status: r.status, body: '' });
    return;
  }
  const id = (JSON.parse(r.body) as { id: number }).id;
  if (id > ids.last) ids.last = id;
}

/** `clients` closed-loop senders for warmMs (not measured) plus measureMs, or until `limit` messages are sent. */
export async function closedLoop(t: Target, pool: Pool, clients: number, warmMs: number, measureMs: number, limit = Infinity): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients, maxFreeSockets: clients });
  const lat: number[] = [];
  const series: [number, number][] = [];
  const errors: LoadResult['errors'] = [];
  const ids = { last: 0 };
  let sent = 0;
  let exhausted = false;
  const firstSend = performance.now();
  const windowStart = firstSend + warmMs;
  const windowEnd = windowStart + measureMs;
  let lastAnswer = firstSend;
  const one = async (): Promise<void> => {
    for (;;) {
      const start = performance.now();
      if (start >= windowEnd || sent >= limit) return;
      const body = pool.next();
      if (!body) {
        exhausted = true;
        return;
      }
      sent++;
      const r = await post(agent, t, '/berichten', body);
      const end = performance.now();
      if (end > lastAnswer) lastAnswer = end;
      record(r, errors, ids);
      if (start >= windowStart && end <= windowEnd && r.status === 202) {
        lat.push(end - start);
        series.push([start - firstSend, end - start]);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, one));
  agent.destroy();
  return {
    rate: lat.length / (measureMs / 1000), p50: percentile(lat, 0.5), p99: percentile(lat, 0.99), max: percentile(lat, 1),
    measured: lat.length, sent, errors, firstSend, lastAnswer, lastId: ids.last, exhausted, series,
  };
}

/**
 * A fixed arrival rate: message i is due at start + i/rate, sent when due however many are still
 * outstanding; latency = answer time - due time. The first warmMs are not measured.
 */
export async function openLoop(t: Target, pool: Pool, perSecond: number, warmMs: number, measureMs: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 64 });
  const gap = 1000 / perSecond;
  const total = Math.round(((warmMs + measureMs) / 1000) * perSecond);
  const warmCount = Math.round((warmMs / 1000) * perSecond);
  const lat: number[] = [];
  const series: [number, number][] = [];
  const lag: number[] = [];
  const errors: LoadResult['errors'] = [];
  const ids = { last: 0 };
  const inflight: Promise<void>[] = [];
  let exhausted = false;
  let sent = 0;
  const firstSend = performance.now();
  let lastAnswer = firstSend;
  for (let i = 0; i < total; i++) {
    const due = firstSend + i * gap;
    let now = performance.now();
    // No spinning: on a small machine the generator's CPU would be taken from the service. A timer
    // fires up to ~1 ms late; that lag counts against the service (latency runs from the due time).
    if (now < due) {
      await new Promise((r) => setTimeout(r, due - now));
      now = performance.now();
    }
    const body = pool.next();
    if (!body) {
      exhausted = true;
      break;
    }
    sent++;
    const measured = i >= warmCount;
    if (measured) lag.push(now - due);
    inflight.push(
      post(agent, t, '/berichten', body).then((r) => {
        const end = performance.now();
        if (end > lastAnswer) lastAnswer = end;
        record(r, errors, ids);
        if (measured && r.status === 202) {
          lat.push(end - due);
          series.push([due - firstSend, end - due]);
        }
      }),
    );
  }
  await Promise.all(inflight);
  agent.destroy();
  return {
    rate: lat.length / (measureMs / 1000), p50: percentile(lat, 0.5), p99: percentile(lat, 0.99), max: percentile(lat, 1),
    measured: lat.length, sent, errors, firstSend, lastAnswer, lastId: ids.last, exhausted, series, sendLagP99: percentile(lag, 0.99),
  };
}
