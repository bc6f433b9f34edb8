/**
 * The pipeline's transports end to end: StUF-GGk in and out (a fake GGk), HTTP egress with retries
 * and a delivery log, and AMQP in and out through a real RabbitMQ (skipped, saying so, without one).
 */
import amqp from 'amqplib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageCode } from '../../src/message/model/dsl.js';
import type { Berichten } from '../../src/message/types.generated.js';
import {
  buildBv03, buildDi01, formatStufTijdstip, newReferentienummer, parseStufRequest, parseStufResponse, STUF_SOAP_ACTION,
} from '../../src/message/stuf/envelope.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { STUF_PARAMETERS } from '../../src/egress/stuf.js';
import { STUF_PATH } from '../../src/ingress/stuf.js';
import { AGB, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { AMQP_URL, describeAmqp } from '../support/amqp.js';
import { DB_MODES } from '../support/db.js';
import { testPipeline, type TestPipeline } from '../support/pipeline.js';

function xmlOf<C extends MessageCode>(code: C, id: string, mutate?: (b: Berichten[C]) => void): Buffer {
  const b = fixture(code);
  (b as { Header: { BerichtIdentificatie: { Identificatie: string } } }).Header.BerichtIdentificatie.Identificatie = id;
  mutate?.(b);
  return Buffer.from(buildMessage(code, b));
}

/** A counterparty endpoint that records requests and answers from a script. */
async function fakeEndpoint(answer: (body: string, n: number) => { status: number; body: string; type?: string }) {
  const received: { headers: Record<string, unknown>; body: string }[] = [];
  const app: FastifyInstance = Fastify();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_r, body, done) => done(null, body));
  app.post('/*', async (req, reply) => {
    received.push({ headers: req.headers, body: req.body as string });
    const a = answer(req.body as string, received.length);
    return reply.code(a.status).type(a.type ?? 'text/plain').send(a.body);
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, received, close: () => app.close() };
}

describe.each(DB_MODES)('transports (%s database)', (mode) => {
  let p: TestPipeline;
  let hubKey: string;
  beforeAll(async () => {
    p = await testPipeline(mode);
    hubKey = await p.key({ kind: 'hub', code: 'ggk' });
  }, 60_000);
  afterAll(async () => p?.stop());

  const stufPost = (xml: string) =>
    p.app.inject({
      method: 'POST',
      url: STUF_PATH,
      headers: { 'content-type': 'text/xml; charset=utf-8', authorization: `Bearer ${hubKey}`, soapaction: STUF_SOAP_ACTION.Di01 },
      payload: xml,
    });
  const di01 = (payload: Buffer, functie = 'JW315', referentienummer = newReferentienummer()) =>
    buildDi01({
      functie,
      zender: { organisatie: AGB, applicatie: 'Zorgsysteem' },
      ontvanger: { organisatie: GEMEENTE, applicatie: 'GGk' },
      referentienummer,
      tijdstipBericht: formatStufTijdstip(new Date()),
      parameters: STUF_PARAMETERS,
      payload,
    });

  describe('StUF-GGk', () => {
    it('takes a Di01, answers Bv03, and sends the JW316 back as a Du01 with the crossRefnummer', async () => {
      const ggk = await fakeEndpoint((body) => {
        const r = parseStufRequest(body);
        if (!r.ok) return { status: 500, body: r.fault.message };
        const sg = r.value.stuurgegevens;
        const bv03 = buildBv03({ zender: sg.ontvanger, ontvanger: sg.zender, referentienummer: newReferentienummer(), tijdstipBericht: formatStufTijdstip(new Date()), crossRefnummer: sg.referentienummer });
        return { status: 200, body: bv03, type: 'text/xml' };
      });
      try {
        await p.db.sql`insert into kanaal (party, channel, endpoint) values (${'agb:' + AGB}, 'stuf', ${ggk.url + '/ggk'})`;
        const ref = newReferentienummer();
        const r = await stufPost(di01(xmlOf('JW315', 'S-DI01-1'), 'JW315', ref));
        expect(r.statusCode, r.body).toBe(200);
        const bv03 = parseStufResponse(r.body);
        expect(bv03.ok && bv03.value.kind === 'Bv03' && bv03.value.stuurgegevens.crossRefnummer).toBe(ref);
        const [stored] = await p.db.sql`select id, channel, stuf_referentienummer from bericht where direction = 'in' and identificatie = 'S-DI01-1'`;
        expect(stored).toMatchObject({ channel: 'stuf', stuf_referentienummer: ref });

        await p.settle();
        expect(ggk.received).toHaveLength(1);
        expect(ggk.received[0]!.headers.soapaction).toBe(`"${STUF_SOAP_ACTION.Du01}"`);
        const du01 = parseStufRequest(ggk.received[0]!.body);
        if (!du01.ok || du01.value.kind !== 'Du01') throw new Error('expected a Du01');
        expect(du01.value.stuurgegevens).toMatchObject({ functie: 'JW316', crossRefnummer: ref, zender: { organisatie: GEMEENTE }, ontvanger: { organisatie: AGB } });
        const jw316 = parseMessage(Buffer.from(du01.value.payload.bytes).toString('utf8'));
        expect(jw316.ok && jw316.code).toBe('JW316');
        const [out] = await p.db.sql`select state from bericht where heen_id = ${stored!.id}`;
        expect(out!.state).toBe('sent');
      } finally {
        await p.db.sql`delete from kanaal`;
        await ggk.close();
      }
    });

    it('answers an XSD-invalid payload with a Fo03 StUF055 fault and keeps it as rejected', async () => {
      const bad = xmlOf('JW315', 'S-BAD-1').toString('utf8').replace(/<jw315:Geslacht>\d<\/jw315:Geslacht>/, '<jw315:Geslacht>7</jw315:Geslacht>');
      const r = await stufPost(di01(Buffer.from(bad)));
      expect(r.statusCode).toBe(500);
      const f = parseStufResponse(r.body);
      if (!f.ok || f.value.kind !== 'Fault') throw new Error('expected a SOAP fault');
      expect(f.value.fo03?.fout).toMatchObject({ code: 'StUF055', plek: 'client' });
      expect(f.value.fo03?.fout.omschrijving).toContain('JW315');
      const rows = await p.db.sql`select state from bericht where direction = 'in' and channel = 'stuf' and state = 'rejected'`;
      expect(rows.length).toBeGreaterThan(0);
    });

    it('refuses a broken envelope and a functie that does not match the payload, naming the problem', async () => {
      const broken = await stufPost('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><x/></soap:Body></soap:Envelope>');
      expect(broken.statusCode).toBe(500);
      const bf = parseStufResponse(broken.body);
      if (!bf.ok || bf.value.kind !== 'Fault') throw new Error('expected a SOAP fault');
      expect(bf.value.fo03?.fout.code).toBe('StUF055');
      expect(`${bf.value.fo03?.fout.omschrijving} ${bf.value.fo03?.fout.details ?? ''}`).toMatch(/\bx\b/);
      const mismatch = await stufPost(di01(xmlOf('JW315', 'S-MIS-1'), 'JW317'));
      expect(mismatch.statusCode).toBe(500);
      const mf = parseStufResponse(mismatch.body);
      expect(mf.ok && mf.value.kind === 'Fault' && mf.value.fo03?.fout.omschrijving).toContain('JW317');
    });
  });

  describe('HTTP egress', () => {
    it('retries a failing endpoint with the same Idempotency-Key, logs every attempt, and keeps order per party', async () => {
      const endpoint = await fakeEndpoint((_b, n) => (n <= 2 ? { status: 503, body: 'busy' } : { status: 200, body: 'ok' }));
      try {
        await p.db.sql`insert into kanaal (party, channel, endpoint) values (${'agb:' + AGB}, 'http', ${endpoint.url + '/ijw'})`;
        const key = await p.key({ kind: 'agb', code: AGB });
        for (const id of ['H-1', 'H-2']) {
          const r = await p.app.inject({ method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` }, payload: xmlOf('JW305', id) });
          expect(r.statusCode).toBe(202);
        }
        await p.settle();
        const keys = endpoint.received.map((r) => r.headers['idempotency-key']);
        // First message: two failures, then delivered; only then the second one (order per party).
        expect(keys).toHaveLength(4);
        expect(keys[0]).toBe(keys[1]);
        expect(keys[1]).toBe(keys[2]);
        expect(keys[3]).not.toBe(keys[0]);
        const first = Number(String(keys[0]).replace('ijw-bericht-', ''));
        const log = await p.db.sql<{ outcome: string; attempt: number }[]>`
          select l.outcome, l.attempt from delivery_log l join outbox o on o.id = l.outbox_id where o.bericht_id = ${first} order by l.id`;
        expect(log.map((l) => `${l.attempt}:${l.outcome}`)).toEqual(['1:error', '2:error', '3:delivered']);
        const sent = await p.db.sql`select state from bericht where id = ${first}`;
        expect(sent[0]!.state).toBe('sent');
        const metrics = (await p.app.inject({ method: 'GET', url: '/metrics' })).body;
        expect(metrics).toMatch(/^ijw_outbox_retries_total\{channel="http"\} 2$/m);
      } finally {
        await p.db.sql`delete from kanaal`;
        await endpoint.close();
      }
    });
  });
});

await describeAmqp('AMQP through the service', () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const inbox = `ijw.test.inbox.${suffix}`;
  const dead = `ijw.test.dead.${suffix}`;
  const outQueue = `ijw.test.out.${suffix}`;
  let p: TestPipeline;
  let conn: amqp.ChannelModel;
  let ch: amqp.Channel;

  beforeAll(async () => {
    p = await testPipeline('embedded', {
      config: { amqp: { url: AMQP_URL, inboxQueue: inbox, deadLetterQueue: dead, exchange: '', party: { kind: 'hub', code: 'amqp' } } },
    });
    conn = await amqp.connect(AMQP_URL);
    ch = await conn.createChannel();
    await ch.assertQueue(outQueue, { durable: true });
  }, 60_000);
  afterAll(async () => {
    await p?.stop();
    for (const q of [inbox, dead, outQueue]) await ch?.deleteQueue(q).catch(() => {});
    await conn?.close();
  });

  const until = async <T>(f: () => Promise<T | undefined>, ms = 10_000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = await f();
      if (v !== undefined) return v;
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('stores a message from the queue, acks it only then, and publishes the answer to the party queue', async () => {
    await p.db.sql`insert into kanaal (party, channel, endpoint) values (${'agb:' + AGB}, 'amqp', ${outQueue})`;
    ch.sendToQueue(inbox, xmlOf('JW315', 'Q-1'), { persistent: true, messageId: 'm-q-1' });
    const row = await until(async () => (await p.db.sql`select id, channel from bericht where direction = 'in' and identificatie = 'Q-1'`)[0]);
    expect(row.channel).toBe('amqp');
    await until(async () => ((await ch.checkQueue(inbox)).messageCount === 0 ? true : undefined));
    await p.settle();
    const msg = await until(async () => (await ch.get(outQueue, { noAck: true })) || undefined);
    expect(msg.properties.type).toBe('JW316');
    expect(msg.properties.messageId).toMatch(/^ijw-bericht-\d+$/);
    const parsed = parseMessage(msg.content.toString('utf8'));
    expect(parsed.ok && parsed.code).toBe('JW316');
  });

  it('dead-letters what can never be stored, with the reason', async () => {
    ch.sendToQueue(inbox, xmlOf('JW316', 'Q-2'), { persistent: true });
    const dl = await until(async () => (await ch.get(dead, { noAck: true })) || undefined);
    expect(String(dl.properties.headers?.['x-ijw-reason'])).toContain('JW316');
  });
});
