/**
 * The terms overview: an answer we owe is open with its stored deadline until the answer is queued;
 * then it counts as answered, in time or not; metrics show the same. Both database modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMessage } from '../../src/message/xml/build.js';
import { AGB, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { DB_MODES } from '../support/db.js';
import { testPipeline, type TestPipeline } from '../support/pipeline.js';

describe.each(DB_MODES)('GET /termijnen (%s database)', (mode) => {
  let p: TestPipeline;
  let gemeenteKey: string;
  let aanbiederKey: string;
  beforeAll(async () => {
    p = await testPipeline(mode);
    gemeenteKey = await p.key({ kind: 'gemeente', code: GEMEENTE });
    aanbiederKey = await p.key({ kind: 'agb', code: AGB });
  }, 60_000);
  afterAll(async () => p?.stop());

  const termijnen = async () => (await p.app.inject({ method: 'GET', url: '/termijnen', headers: { authorization: `Bearer ${gemeenteKey}` } })).json();
  const post = async (code: 'JW315' | 'JW323', id: string) => {
    const b = fixture(code);
    b.Header.BerichtIdentificatie.Identificatie = id;
    const r = await p.app.inject({ method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${aanbiederKey}` }, payload: buildMessage(code, b) });
    expect(r.statusCode, r.body).toBe(202);
    return r.json().id as number;
  };

  it('lists what we owe with its deadline, earliest first, and counts answers in time', async () => {
    const vot = await post('JW315', 'T-315');
    const decl = await post('JW323', 'T-323');
    const before = await termijnen();
    expect(before.open.map((o: { termijn: string; bericht: { id: number } }) => [o.termijn, o.bericht.id])).toEqual([
      ['retourbericht', vot],
      ['declaratieAntwoord', decl],
    ]);
    // 3 and 10 working days after today, at the end of the day (Amsterdam).
    expect(new Date(before.open[1].uiterlijk).getTime()).toBeGreaterThan(new Date(before.open[0].uiterlijk).getTime() + 6 * 86_400_000);
    expect(before.open.every((o: { verlopen: boolean; partij: string }) => !o.verlopen && o.partij === 'G')).toBe(true);

    await p.settle();
    const after = await termijnen();
    // The retourbericht and the JW325 are given; the VOT's two products now await a decision:
    // each a first answer in 5 working days (taken in onderzoek automatically before it lapses)
    // and a final answer in 8 weeks; a rejection on the woonplaatsbeginsel only within 2 weeks (OP359).
    // (The baseline's Dagtekening lies weeks back, so its 8 weeks end first: the list is by due moment.)
    expect(after.open.map((o: { termijn: string; verzoek?: { referentieAanbieder: string } }) => `${o.termijn} ${o.verzoek?.referentieAanbieder}`).sort()).toEqual([
      'eindAntwoord 40A12341234',
      'eindAntwoord 40A12341235',
      'verzoekAntwoord 40A12341234',
      'verzoekAntwoord 40A12341235',
      'woonplaatsbeginsel 40A12341234',
      'woonplaatsbeginsel 40A12341235',
    ]);
    const uiterlijk = after.open.map((o: { uiterlijk: string }) => o.uiterlijk);
    expect(uiterlijk).toEqual([...uiterlijk].sort());
    const eerste = after.open.find((o: { termijn: string }) => o.termijn === 'verzoekAntwoord');
    expect(new Date(eerste.automatischInOnderzoekOp).getTime()).toBeLessThan(new Date(eerste.uiterlijk).getTime());
    expect(after.stand).toEqual(expect.arrayContaining([
      { termijn: 'retourbericht', beantwoord: 1, opTijd: 1 },
      { termijn: 'declaratieAntwoord', beantwoord: 1, opTijd: 1 },
    ]));
    const metrics = (await p.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/^ijw_termijn_op_tijd\{termijn="retourbericht"\} 1$/m);
    expect(metrics).toMatch(/^ijw_termijn_beantwoord\{termijn="declaratieAntwoord"\} 1$/m);
  });

  it('shows a passed deadline as verlopen, in the list and in the metrics', async () => {
    const id = await post('JW315', 'T-LATE');
    await p.db.sql`update bericht set deadline = now() - interval '1 hour' where id = ${id}`;
    const late = (await termijnen()).open.find((o: { bericht: { id: number } }) => o.bericht.id === id);
    expect(late).toMatchObject({ termijn: 'retourbericht', verlopen: true });
    expect((await p.app.inject({ method: 'GET', url: '/metrics' })).body).toMatch(/^ijw_termijn_verlopen\{termijn="retourbericht"\} 1$/m);
    await p.settle();
    expect((await termijnen()).stand).toContainEqual({ termijn: 'retourbericht', beantwoord: 2, opTijd: 1 });
    expect((await p.app.inject({ method: 'GET', url: '/termijnen', headers: { authorization: `Bearer ${aanbiederKey}` } })).statusCode).toBe(403);
  });
});
