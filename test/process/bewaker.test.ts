/**
 * The termijnbewaker on the real pipeline, both database modes: an undecided request is taken in
 * onderzoek once, when its moment has come and not before; a request decided in time is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMessage } from '../../src/message/xml/build.js';
import { amsterdamInstant } from '../../src/process/terms/index.js';
import { AGB, BSN, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { DB_MODES } from '../support/db.js';
import { exchange } from '../support/exchange.js';
import { testPipeline, type TestPipeline } from '../support/pipeline.js';

describe.each(DB_MODES)('termijnbewaker (%s database)', (mode) => {
  let p: TestPipeline;
  let clock = amsterdamInstant('2026-04-02T10:00');
  let aanbiederKey: string;
  let gemeenteKey: string;
  beforeAll(async () => {
    p = await testPipeline(mode, { now: () => clock });
    aanbiederKey = await p.key({ kind: 'agb', code: AGB });
    gemeenteKey = await p.key({ kind: 'gemeente', code: GEMEENTE });
  }, 60_000);
  afterAll(async () => p?.stop());

  const jw319s = async () => (await p.db.sql<{ n: number }[]>`select count(*)::int as n from bericht where berichtcode = 'JW319'`)[0]!.n;

  it('sends "in onderzoek" once, on the morning before day 5, and not for a request decided in time', async () => {
    for (const [i, bsn] of [BSN.A, BSN.B].entries()) {
      const b = fixture('JW315');
      b.Header.BerichtIdentificatie = { Identificatie: `BW${i}`, Dagtekening: '2026-04-02' };
      b.Client.Bsn = bsn;
      b.Client.AangevraagdeProducten.AangevraagdProduct.splice(1);
      b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.ReferentieAanbieder = `BW-REF-${i}`;
      expect((await exchange(p, aanbiederKey, 'JW315', b)).status.verdict).toBe('ok');
    }
    const [a, decided] = await p.db.sql<{ id: number }[]>`select id from verzoek order by id`;
    const r = await p.app.inject({ method: 'POST', url: `/verzoeken/${decided!.id}/afwijzen`, headers: { authorization: `Bearer ${gemeenteKey}` }, payload: { reden: '3' } });
    expect(r.statusCode, r.body).toBe(200);
    const before = await jw319s();

    clock = amsterdamInstant('2026-04-09T23:59');
    expect(await p.bewaker.drain()).toEqual({ inOnderzoek: [], geescaleerd: [], vastgelopen: [] });
    clock = amsterdamInstant('2026-04-10T00:00');
    expect(await p.bewaker.drain()).toEqual({ inOnderzoek: [a!.id], geescaleerd: [], vastgelopen: [] });
    expect(await jw319s()).toBe(before + 1);
    expect(await p.bewaker.drain()).toEqual({ inOnderzoek: [], geescaleerd: [], vastgelopen: [] });
    const [v] = await p.db.sql<{ status: string }[]>`select status from verzoek where id = ${a!.id}`;
    expect(v!.status).toBe('in_onderzoek');

    clock = amsterdamInstant('2026-05-20T08:00');
    expect(await p.bewaker.drain()).toEqual({ inOnderzoek: [], geescaleerd: [a!.id], vastgelopen: [] });
    expect(await p.bewaker.drain()).toEqual({ inOnderzoek: [], geescaleerd: [], vastgelopen: [] });
    const werklijst = (await p.app.inject({ method: 'GET', url: '/werklijst', headers: { authorization: `Bearer ${gemeenteKey}` } })).json();
    expect(werklijst.items.filter((i: { verzoek?: { id: number } }) => i.verzoek?.id === a!.id)).toEqual([
      expect.objectContaining({ soort: 'escalatie', verzoek: expect.objectContaining({ referentieAanbieder: 'BW-REF-0', status: 'in_onderzoek' }) }),
    ]);
    const metrics = (await p.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).not.toMatch(/actie="verwerking_vast"/);
    expect(metrics).toMatch(/^ijw_termijnbewaker_total\{actie="in_onderzoek"\} 1$/m);
    expect(metrics).toMatch(/^ijw_termijnbewaker_total\{actie="escalatie"\} 1$/m);
  });

  it('escalates an incoming message whose processing keeps failing, once, on the morning before its deadline day', async () => {
    clock = amsterdamInstant('2026-06-01T10:00');
    const b = fixture('JW305');
    b.Header.BerichtIdentificatie = { Identificatie: 'BW-VAST', Dagtekening: '2026-06-01' };
    const r = await p.app.inject({ method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${aanbiederKey}` }, payload: buildMessage('JW305', b) });
    expect(r.statusCode, r.body).toBe(202);
    const id = r.json().id as number;
    // As if every attempt failed: set aside with a backoff the workers keep respecting.
    await p.db.sql`update bericht set not_before = now() + interval '100 years', attempts = 7 where id = ${id}`;
    await p.settle();
    // Received Mon 1 June: the JW306 is due by the end of Thu 4 June; the morning of Wed 3 June is the moment.
    clock = amsterdamInstant('2026-06-02T23:59');
    expect((await p.bewaker.drain()).vastgelopen).toEqual([]);
    clock = amsterdamInstant('2026-06-03T00:00');
    expect((await p.bewaker.drain()).vastgelopen).toEqual([id]);
    expect((await p.bewaker.drain()).vastgelopen).toEqual([]);
    const werklijst = (await p.app.inject({ method: 'GET', url: '/werklijst', headers: { authorization: `Bearer ${gemeenteKey}` } })).json();
    expect(werklijst.items.filter((i: { soort: string }) => i.soort === 'verwerking-vast')).toEqual([
      expect.objectContaining({ bericht: expect.objectContaining({ id, berichtcode: 'JW305', identificatie: 'BW-VAST' }) }),
    ]);
    expect((await p.app.inject({ method: 'GET', url: '/metrics' })).body).toMatch(/^ijw_termijnbewaker_total\{actie="verwerking_vast"\} 1$/m);
  });
});
