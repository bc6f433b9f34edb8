/**
 * HTTP egress: POST the message to the counterparty's endpoint. The Idempotency-Key is the same on
 * every attempt, so a receiver recognises a repeat after a lost response.
 */
import type { Deliver } from './dispatcher.js';

export function httpTransport(opts: { timeoutMs?: number } = {}): Deliver {
  return async (item) => {
    const res = await fetch(item.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/xml; charset=utf-8',
        'idempotency-key': `ijw-bericht-${item.berichtId}`,
        'x-ijw-berichtcode': item.berichtcode,
      },
      body: item.raw,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
    });
    // Drain the body so the connection can be reused.
    const text = await res.text().catch(() => '');
    if (!res.ok) throw new Error(`HTTP ${res.status} from ${new URL(item.endpoint).host}: ${text.slice(0, 200)}`);
  };
}
