/**
 * The durable pipeline end to end over HTTP: inbox → workers → outbox → pull, with the header rules,
 * idempotent resubmission and authentication. Runs on the embedded database and, when configured,
 * on a real PostgreSQL server (test/support/db.ts).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageCode } from '../../src/message/model/dsl.js';
import type { Berichten } from '../../src/message/types.generated.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { processRound } from '../../src/process/worker.js';
import { AGB, BSN, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { DB_MODES } from '../support/db.js';
import { seedToewijzingen } from '../support/jw323-large.js';
import { testPipeline, type TestPipeline } from '../support/pipeline.js';

const OTHER_AGB = '42420002';

function xmlOf<C extends MessageCode>(code: C, mutate?: (b: Berichten[C]) => void): Buffer {
  const b = fixture(code);
  mutate?.(b);
  return Buffer.from(buildMessage(code, b));
}

describe.each(DB_MODES)('pipeline (%s database)', (mode) => {
  let p: TestPipeline;
  let keyA: string;
  let keyB: string;
  let hubKey: string;

  beforeAll(async () => {
    p = await testPipeline(mode);
    keyA = await p.key({ kind: 'agb', code: AGB });
    keyB = await p.key({ kind: 'agb', code: OTHER_AGB });
    hubKey = await p.key({ kind: 'hub', code: 'ggk' });
  }, 60_000);
  afterAll(async () => p?.stop());

  const post = (body: Buffer | string, key: string | null = keyA) =>
    p.app.inject({
      method: 'POST',
      url: '/berichten',
      headers: { 'content-type': 'application/xml', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      payload: body,
    });
  const get = (url: string, key = keyA) => p.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });

  /** Posts, processes, and returns the answer the sender can pull (parsed). */
  async function roundTrip<C extends MessageCode>(code: C, mutate?: (b: Berichten[C]) => void) {
    const r = await post(xmlOf(code, mutate));
    expect(r.statusCode, r.body).toBe(202);
    const id = r.json().id as number;
    await p.settle();
    const status = (await get(`/berichten/${id}`)).json();
    expect(status.status).toBe('processed');
    const answer = await get(`/berichten/uitgaand/${(await outboxIdOf(status.antwoord.id))}`);
    expect(answer.statusCode).toBe(200);
    const parsed = parseMessage(answer.body);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return { id, status, answer: parsed };
  }
  async function outboxIdOf(berichtId: number): Promise<number> {
    const [row] = await p.db.sql<{ id: number }[]>`select id from outbox where bericht_id = ${berichtId}`;
    return row!.id;
  }

  it('stores a JW315, answers it with a header-only JW316 without RetourCodes, and hands it out by pull', async () => {
    const { id, status, answer } = await roundTrip('JW315', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'P-OK-1'; });
    expect(status).toMatchObject({ id, berichtcode: 'JW315', verdict: 'ok', retourcodes: [], antwoord: { berichtcode: 'JW316', status: 'queued' } });
    expect(answer.code).toBe('JW316');
    const h = (answer.bericht as Berichten['JW316']).Header;
    // IV028: the heenbericht's header, not swapped, plus our own identification.
    expect(h).toMatchObject({ Afzender: AGB, Ontvanger: GEMEENTE, BerichtIdentificatie: { Identificatie: 'P-OK-1' } });
    expect(h.IdentificatieRetour).toMatch(/^\d+$/);
    expect(h.RetourCodes).toBeUndefined();
    expect(Object.keys(answer.bericht)).toEqual(['Header']);

    const list = (await get('/berichten/uitgaand?na=0')).json();
    const mine = list.berichten.find((m: { berichtId: number }) => m.berichtId === status.antwoord.id);
    expect(mine).toMatchObject({ berichtcode: 'JW316', heenId: id });
    const ack = await p.app.inject({ method: 'POST', url: `/berichten/uitgaand/${mine.id}/ontvangen`, headers: { authorization: `Bearer ${keyA}` } });
    expect(ack.statusCode).toBe(204);
    const again = (await get('/berichten/uitgaand?na=0')).json();
    expect(again.berichten.some((m: { id: number }) => m.id === mine.id)).toBe(false);
    expect((await get(`/berichten/${id}`)).json().antwoord.status).toBe('sent');
    const log = await p.db.sql`select outcome from delivery_log where outbox_id = ${mine.id}`;
    expect(log.map((r) => r.outcome)).toEqual(['acknowledged']);
  });

  it('stores the bytes exactly as received, also outside ASCII', async () => {
    const body = xmlOf('JW315', (b) => {
      b.Header.BerichtIdentificatie.Identificatie = 'P-BYTES-1';
      b.Client.Commentaar = 'Zoë wil één afspraak — € 0, 𝄞 «ok»';
    });
    const r = await post(body);
    expect(r.statusCode, r.body).toBe(202);
    const [row] = await p.db.sql<{ raw: Buffer; sha: Buffer }[]>`select raw, sha256 as sha from bericht where id = ${r.json().id}`;
    expect(row!.raw.equals(body)).toBe(true);
    expect(createHash('sha256').update(row!.raw).digest().equals(row!.sha)).toBe(true);
  });

  it('gives the same id for the same bytes again, before and after processing, and answers once', async () => {
    const body = xmlOf('JW305', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'P-DUP-1'; });
    const first = await post(body);
    const second = await post(body);
    expect(second.json()).toMatchObject({ id: first.json().id, duplicate: true });
    await p.settle();
    const third = await post(body);
    expect(third.statusCode).toBe(202);
    expect(third.json()).toMatchObject({ id: first.json().id, duplicate: true, status: 'processed' });
    await p.settle();
    const answers = await p.db.sql`select id from bericht where heen_id = ${first.json().id} and direction = 'out'`;
    expect(answers).toHaveLength(1);
  });

  it('keeps a CL1 failure as rejected, answers 400 with the report, and sends no retourbericht', async () => {
    const body = xmlOf('JW315').toString('utf8').replace(/<jw315:Geslacht>\d<\/jw315:Geslacht>/, '<jw315:Geslacht>7</jw315:Geslacht>');
    const r = await post(body);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ status: 'rejected', berichtcode: 'JW315', report: { verdict: 'xsd' } });
    expect(r.json().report.errors[0].path).toContain('Geslacht');
    await p.settle();
    const rows = await p.db.sql`select state, verdict from bericht where id = ${r.json().id}`;
    expect(rows[0]).toMatchObject({ state: 'rejected', verdict: 'xsd' });
    expect(await p.db.sql`select 1 from bericht where heen_id = ${r.json().id}`).toHaveLength(0);
  });

  it('answers a CL2 failure with RetourCode 0001 in the header', async () => {
    const { status, answer } = await roundTrip('JW315', (b) => {
      b.Header.BerichtIdentificatie.Identificatie = 'P-CL2-1';
      b.Client.Bsn = '999900007'; // fails the 11-test (CS002)
    });
    expect(status).toMatchObject({ verdict: 'rules', retourcodes: ['0001'] });
    expect(status.errors.map((e: { rule: string }) => e.rule)).toContain('CS002');
    expect((answer.bericht as Berichten['JW316']).Header.RetourCodes?.RetourCode).toEqual(['0001']);
  });

  it('TR056: a second message with a used Identificatie gets 9056', async () => {
    await roundTrip('JW305', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'P-TR056'; });
    const { status, answer } = await roundTrip('JW305', (b) => {
      b.Header.BerichtIdentificatie.Identificatie = 'P-TR056';
      b.Client.Bsn = BSN.B;
    });
    expect(status).toMatchObject({ verdict: 'header', retourcodes: ['9056'] });
    expect((answer.bericht as Berichten['JW306']).Header.RetourCodes?.RetourCode).toEqual(['9056']);
  });

  it('TR135: a Dagtekening after today gets 8848', async () => {
    const { status, answer } = await roundTrip('JW307', (b) => {
      b.Header.BerichtIdentificatie.Identificatie = 'P-TR135';
      b.Header.BerichtIdentificatie.Dagtekening = '2099-01-01';
    });
    expect(status).toMatchObject({ verdict: 'header', retourcodes: ['8848'] });
    expect((answer.bericht as Berichten['JW308']).Header.RetourCodes?.RetourCode).toEqual(['8848']);
  });

  it('answers a clean JW323 with a JW325 approving it (0200, 8001) and a CL2 failure with 0001 only', async () => {
    // The toewijzingen its prestaties declare on (test/fixtures/neutral/declaratie.ts); without its
    // credit line, which needs an earlier approved debit (test/ledger/declaratie.test.ts has that).
    const tw = (nummer: number, bsn: string, code: string) =>
      ({ gemeente: GEMEENTE, nummer, agb: AGB, bsn, categorie: '45', code, ingangsdatum: '2026-01-01', einddatum: '2026-12-31', omvang: { Volume: 20, Eenheid: '04', Frequentie: '4' } });
    await seedToewijzingen(p.db.sql, [tw(10072, BSN.A, '45A03'), tw(10073, BSN.A, '45A04'), tw(10074, BSN.B, '45A03'), tw(10075, BSN.B, '45A04')]);
    const withoutCredit = (b: Berichten['JW323']) => {
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie.pop();
      b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 21000;
    };
    const ok = await roundTrip('JW323', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'P-323-OK'; withoutCredit(b); });
    const jw325 = ok.answer.bericht as Berichten['JW325'];
    expect(ok.answer.code).toBe('JW325');
    expect(jw325.Header).toMatchObject({ Afzender: GEMEENTE, Ontvanger: AGB, DeclaratieIdentificatie: { Identificatie: 'P-323-OK' }, RetourCodes: { RetourCode: ['0200'] } });
    expect(jw325.DeclaratieAntwoord?.RetourCodes.RetourCode).toEqual(['8001']);
    expect(jw325.DeclaratieAntwoord?.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 58000, DebetCredit: 'D' });

    const bad = await roundTrip('JW323', (b) => {
      b.Header.BerichtIdentificatie.Identificatie = 'P-323-BAD';
      b.Declaratie.DeclaratieNummer = 'P323BAD';
      const c = b.Declaratie.Clienten.Client[0]!;
      c.Prestaties.Prestatie.push(structuredClone(c.Prestaties.Prestatie[0]!)); // TR101: ReferentieNummer twice
    });
    const r = bad.answer.bericht as Berichten['JW325'];
    expect(r.Header.RetourCodes.RetourCode).toEqual(['0001']);
    expect(r.DeclaratieAntwoord).toBeUndefined();
    // The deadline for a JW325 is 10 working days, for a retourbericht 3.
    expect(new Date(bad.status.deadline).getTime()).toBeGreaterThan(new Date(bad.status.ontvangenOp).getTime() + 13 * 86_400_000);
  });

  it('links a JW302 to the JW301 it answers and sends nothing back', async () => {
    const jw301 = fixture('JW301');
    jw301.Header.BerichtIdentificatie.Identificatie = 'G-301-1';
    const xml = buildMessage('JW301', jw301);
    const [out] = await p.db.sql<{ id: number }[]>`
      insert into bericht (direction, channel, berichtcode, afzender, ontvanger, identificatie, dagtekening, party, sha256, raw, state)
      values ('out', 'pull', 'JW301', ${GEMEENTE}, ${AGB}, 'G-301-1', '2026-04-01', ${'agb:' + AGB}, sha256(${Buffer.from(xml)}), ${Buffer.from(xml)}, 'sent')
      returning id`;
    const r = await post(xmlOf('JW302', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'G-301-1'; }));
    expect(r.statusCode, r.body).toBe(202);
    await p.settle();
    const [row] = await p.db.sql`select state, heen_id from bericht where id = ${r.json().id}`;
    expect(row).toMatchObject({ state: 'processed', heen_id: out!.id });
    expect(await p.db.sql`select 1 from bericht where heen_id = ${r.json().id}`).toHaveLength(0);
  });

  describe('authentication and access', () => {
    it('refuses a request without a key or with a wrong key (401)', async () => {
      expect((await post(xmlOf("JW315"), null)).statusCode).toBe(401);
      expect((await post(xmlOf('JW315'), 'ijw_not-a-key')).statusCode).toBe(401);
      expect((await get('/berichten/uitgaand', 'ijw_not-a-key')).statusCode).toBe(401);
    });

    it('refuses AGB A sending as AGB B (403), and stores nothing', async () => {
      const before = await p.db.sql`select count(*)::int as n from bericht`;
      const r = await post(xmlOf('JW315'), keyB);
      expect(r.statusCode).toBe(403);
      expect(r.json()).toMatchObject({ rule: 'Header/Afzender' });
      expect(r.json().error).toContain(AGB);
      expect((await p.db.sql`select count(*)::int as n from bericht`)[0]!.n).toBe(before[0]!.n);
    });

    it("does not let A read B's messages, nor pull or acknowledge them", async () => {
      const r = await post(xmlOf('JW315', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'P-AUTH-1'; }));
      await p.settle();
      const id = r.json().id as number;
      expect((await get(`/berichten/${id}`, keyB)).statusCode).toBe(404);
      expect((await get(`/berichten/${id}`, keyA)).statusCode).toBe(200);
      const answerId = (await get(`/berichten/${id}`)).json().antwoord.id as number;
      const outboxId = await outboxIdOf(answerId);
      expect((await get('/berichten/uitgaand?na=0', keyB)).json().berichten).toEqual([]);
      expect((await get(`/berichten/uitgaand/${outboxId}`, keyB)).statusCode).toBe(404);
      const ack = await p.app.inject({ method: 'POST', url: `/berichten/uitgaand/${outboxId}/ontvangen`, headers: { authorization: `Bearer ${keyB}` } });
      expect(ack.statusCode).toBe(404);
      expect((await p.db.sql`select state from outbox where id = ${outboxId}`)[0]!.state).toBe('pending');
    });

    it('lets a hub relay for any provider; the message belongs to the provider', async () => {
      const r = await post(xmlOf('JW315', (b) => {
        b.Header.Afzender = OTHER_AGB;
        b.Header.BerichtIdentificatie.Identificatie = 'P-HUB-1';
      }), hubKey);
      expect(r.statusCode).toBe(202);
      expect((await get(`/berichten/${r.json().id}`, keyB)).statusCode).toBe(200);
      expect((await get(`/berichten/${r.json().id}`, keyA)).statusCode).toBe(404);
    });

    it('refuses messages a municipality sends rather than receives (422)', async () => {
      const r = await post(xmlOf('JW316'));
      expect(r.statusCode).toBe(422);
      expect(r.json().error).toContain('JW316');
    });
  });

  it('processes messages about one client in arrival order, others in parallel', async () => {
    await p.settle();
    const a1 = (await post(xmlOf('JW305', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'P-ORD-1'; }))).json().id;
    const a2 = (await post(xmlOf('JW307', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'P-ORD-2'; }))).json().id;
    const c1 = (await post(xmlOf('JW305', (b) => { b.Header.BerichtIdentificatie.Identificatie = 'P-ORD-3'; b.Client.Bsn = BSN.C; }))).json().id;
    const { sql } = p.db;
    if (mode === 'embedded') {
      // One connection: a second transaction cannot run beside the first; order shows in one round.
      const { processed } = await processRound({ sql, log: p.log, batch: 10 });
      expect(processed).toEqual([a1, c1]); // a2 waits for a1 to commit
    } else {
      // A transaction holds a1 as a worker would; another worker must skip a2 (same client) but take c1.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      const holder = sql.begin(async (tx) => {
        await tx`select id from bericht where id = ${a1} for update`;
        locked();
        await held;
        throw new Error('rollback');
      }).catch(() => {});
      await isLocked;
      const { processed } = await processRound({ sql, log: p.log, batch: 10 });
      expect(processed).toEqual([c1]);
      release();
      await holder;
    }
    await p.settle();
    const rows = await sql<{ id: number; processed_at: Date }[]>`select id, processed_at from bericht where id in (${a1}, ${a2})`;
    const at = new Map(rows.map((r) => [r.id, r.processed_at.getTime()]));
    expect(at.get(a1)!).toBeLessThanOrEqual(at.get(a2)!);
  });

  it('rolls a failing message back entirely, keeps it in the inbox and retries it later', async () => {
    const raw = Buffer.from('<not-a-message/>');
    const [row] = await p.db.sql<{ id: number }[]>`
      insert into bericht (direction, channel, berichtcode, party, sha256, raw, state, order_prefix)
      values ('in', 'http', 'JW315', ${'agb:' + AGB}, sha256(${raw}), ${raw}, 'received', 'poison')
      returning id`;
    await p.workers.drain();
    const [after] = await p.db.sql`select state, attempts, last_error, not_before from bericht where id = ${row!.id}`;
    expect(after).toMatchObject({ state: 'received', attempts: 1 });
    expect(after!.last_error).toContain('no longer passes CL1');
    expect(after!.not_before).not.toBeNull();
    expect(await p.db.sql`select 1 from bericht where heen_id = ${row!.id}`).toHaveLength(0);
    await p.db.sql`delete from bericht where id = ${row!.id}`;
  });

  it('reports readiness and metrics', async () => {
    const ready = await p.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', checks: { database: true, migrations: true } });
    const m = (await p.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(m).toMatch(/^ijw_inbox_depth \d+$/m);
    expect(m).toMatch(/^ijw_inbox_oldest_age_seconds [\d.]+$/m);
    expect(m).toMatch(/^ijw_berichten_in_total\{berichtcode="JW315",channel="http"\} \d+$/m);
    expect(m).toMatch(/^ijw_berichten_processed_total\{berichtcode="JW315",verdict="rules"\} 1$/m);
    expect(m).toMatch(/^ijw_processing_seconds_bucket\{berichtcode="JW315",le="\+Inf"\} \d+$/m);
    expect(m).toMatch(/^ijw_outbox_pending\{channel="pull"\} \d+$/m);
  });
});

describe('start-up', () => {
  it('refuses to start with an invalid region file, naming file and path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ijw-regions-'));
    writeFileSync(join(dir, 'kapot.json'), JSON.stringify({ formaat: 1, id: 'kapot' }));
    await expect(testPipeline('embedded', { config: { regionsDir: dir } })).rejects.toThrow(/kapot\.json: \$\.naam: is required/);
  });
});
