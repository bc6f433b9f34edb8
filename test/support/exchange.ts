/** Sending a provider's message through a test pipeline and reading the answer it gets. */
import { expect } from 'vitest';
import type { MessageCode } from '../../src/message/model/dsl.js';
import type { Berichten } from '../../src/message/types.generated.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import type { TestPipeline } from './pipeline.js';

export interface Exchanged<A extends MessageCode = MessageCode> {
  /** The stored incoming message. */
  id: number;
  /** GET /berichten/:id of the incoming message (status, verdict, retourcodes, errors, antwoord). */
  status: { verdict: string; retourcodes: string[]; errors: { rule: string; retourcode: string; path: string }[] } & Record<string, unknown>;
  /** The answer as the provider pulls it, parsed. */
  answer: Berichten[A];
}

/** Posts `bericht` as the provider with `key`, processes and delivers, and returns the answer. */
export async function exchange<C extends MessageCode, A extends MessageCode = MessageCode>(
  p: TestPipeline,
  key: string,
  code: C,
  bericht: Berichten[C],
): Promise<Exchanged<A>> {
  const headers = { authorization: `Bearer ${key}` };
  const r = await p.app.inject({ method: 'POST', url: '/berichten', headers: { ...headers, 'content-type': 'application/xml' }, payload: buildMessage(code, bericht) });
  expect(r.statusCode, r.body).toBe(202);
  const id = r.json().id as number;
  await p.settle();
  const status = (await p.app.inject({ method: 'GET', url: `/berichten/${id}`, headers })).json();
  expect(status.status, JSON.stringify(status)).toBe('processed');
  const [out] = await p.db.sql<{ raw: Buffer }[]>`select raw from bericht where id = ${status.antwoord.id}`;
  const parsed = parseMessage(out!.raw.toString('utf8'));
  if (!parsed.ok) throw new Error(`answer does not parse: ${JSON.stringify(parsed.errors)}`);
  return { id, status, answer: parsed.bericht as Berichten[A] };
}
