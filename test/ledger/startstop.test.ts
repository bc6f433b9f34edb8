/**
 * Start and stop of delivery through the real pipeline: JW305/JW307 judged against the ledger
 * (S5, S6), answered with JW306/JW308 per IV028 (header only when accepted; Header 0200, Client and
 * every product class with 0200 or the rule's code when rejected), all or nothing, StatusAanlevering
 * 3 before 1. Both database modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JW305StartProduct, JW307StopProduct } from '../../src/message/types.generated.js';
import { AGB, BSN, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { DB_MODES } from '../support/db.js';
import { exchange } from '../support/exchange.js';
import { testPipeline, type TestPipeline } from '../support/pipeline.js';

/** After every date below (starts and stops are reported after the fact, TR134), before today (TR135). */
const DAGTEKENING = '2026-10-01';

describe.each(DB_MODES)('start and stop (%s database)', (mode) => {
  let p: TestPipeline;
  let gemeenteKey: string;
  let aanbiederKey: string;
  let nummers: number[];
  let seq = 0;

  beforeAll(async () => {
    p = await testPipeline(mode);
    gemeenteKey = await p.key({ kind: 'gemeente', code: GEMEENTE });
    aanbiederKey = await p.key({ kind: 'agb', code: AGB });
    // Two toewijzingen for client A at the provider, issued through the API as a backoffice would.
    const { ToegewezenProducten: _, ...client } = fixture('JW301').Client;
    nummers = [];
    for (const code of ['55A11', '55A12']) {
      const r = await p.app.inject({
        method: 'POST',
        url: '/toewijzingen',
        headers: { authorization: `Bearer ${gemeenteKey}` },
        payload: { aanbieder: AGB, client, product: { Categorie: '55', Code: code }, ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } },
      });
      expect(r.statusCode, r.body).toBe(201);
      nummers.push(r.json().toewijzingNummer);
    }
  }, 60_000);
  afterAll(async () => p?.stop());

  const start = (i: number, over: Partial<JW305StartProduct> = {}): JW305StartProduct => ({
    ToewijzingNummer: nummers[i]!, Product: { Categorie: '55', Code: i === 0 ? '55A11' : '55A12' },
    ToewijzingIngangsdatum: '2026-04-01', Begindatum: '2026-04-03', StatusAanlevering: '1', ...over,
  });
  const stop = (i: number, over: Partial<JW307StopProduct> = {}): JW307StopProduct => ({
    ...start(i), RedenBeeindiging: '20', Einddatum: '2026-05-01', ...over,
  });
  const jw305 = (...producten: JW305StartProduct[]) => {
    const b = fixture('JW305');
    b.Header.BerichtIdentificatie = { Identificatie: `SS${++seq}`, Dagtekening: DAGTEKENING };
    b.Client.StartProducten.StartProduct = producten;
    return exchange<'JW305', 'JW306'>(p, aanbiederKey, 'JW305', b);
  };
  const jw307 = (...producten: JW307StopProduct[]) => {
    const b = fixture('JW307');
    b.Header.BerichtIdentificatie = { Identificatie: `SS${++seq}`, Dagtekening: DAGTEKENING };
    b.Client.StopProducten.StopProduct = producten;
    return exchange<'JW307', 'JW308'>(p, aanbiederKey, 'JW307', b);
  };
  const starts = () => p.db.sql<{ toewijzingnummer: number; begindatum: string; verwijderd: boolean }[]>`
    select toewijzingnummer, to_char(begindatum, 'YYYY-MM-DD') as begindatum, verwijderd_door is not null as verwijderd
    from start_product where bsn = ${BSN.A} order by id`;
  const stops = () => p.db.sql<{ reden_beeindiging: string; einddatum: string; verwijderd: boolean }[]>`
    select reden_beeindiging, to_char(einddatum, 'YYYY-MM-DD') as einddatum, verwijderd_door is not null as verwijderd
    from stop_product where bsn = ${BSN.A} order by id`;

  it('accepts a start of a toewijzing: JW306 is a header without RetourCodes, the start is in the ledger', async () => {
    const { status, answer } = await jw305(start(0));
    expect(status).toMatchObject({ verdict: 'ok', retourcodes: [] });
    expect(answer.Header.RetourCodes).toBeUndefined();
    expect(answer.Client).toBeUndefined();
    expect(await starts()).toEqual([{ toewijzingnummer: nummers[0], begindatum: '2026-04-03', verwijderd: false }]);
  });

  it('rejects all of a JW305 when one class fails (all or nothing): IV028 codes per class', async () => {
    // Start 1 again (TR074 key received before, TR326 actual start) next to a valid start of toewijzing 2.
    const { status, answer } = await jw305(start(1), start(0));
    expect(status.verdict).toBe('ledger');
    expect(status.retourcodes.sort()).toEqual(['9074', '9326']);
    expect(status.errors.map((e) => e.rule).sort()).toEqual(['TR074', 'TR326']);
    expect(answer.Header.RetourCodes?.RetourCode).toEqual(['0200']);
    const c = answer.Client!;
    expect(c.RetourCodes.RetourCode).toEqual(['0200']);
    expect(c.StartProducten.StartProduct.map((s) => s.RetourCodes.RetourCode.sort())).toEqual([['0200'], ['9074', '9326']]);
    // The client class is copied unchanged (IV028).
    const heen = fixture('JW305').Client;
    expect(c.Bsn).toBe(heen.Bsn);
    expect(c.Naam).toEqual(heen.Naam);
    expect(c.StartProducten.StartProduct[0]).toMatchObject({ ToewijzingNummer: nummers[1], Begindatum: '2026-04-03', StatusAanlevering: '1' });
    expect(await starts()).toHaveLength(1);
  });

  it('rejects a start of an unknown toewijzing with 9019 (TR019)', async () => {
    const { answer } = await jw305(start(1, { ToewijzingNummer: 999_999_999 }));
    expect(answer.Client!.StartProducten.StartProduct[0]!.RetourCodes.RetourCode).toEqual(['9019']);
  });

  it('stops temporarily, refuses a second temporary stop (TR413) and a stop of an unknown start (TR382, 9069)', async () => {
    expect((await jw307(stop(0))).status.verdict).toBe('ok');
    expect(await stops()).toEqual([{ reden_beeindiging: '20', einddatum: '2026-05-01', verwijderd: false }]);
    const again = await jw307(stop(0, { Einddatum: '2026-05-02' }));
    expect(again.answer.Client!.StopProducten.StopProduct[0]!.RetourCodes.RetourCode).toEqual(['9413']);
    const unknown = await jw307(stop(1));
    expect(unknown.answer.Client!.StopProducten.StopProduct[0]!.RetourCodes.RetourCode).toEqual(['9069']);
  });

  it('refuses to delete a start that has a stop (TR071); deleting stop and start in turn works (StatusAanlevering 3)', async () => {
    const refused = await jw305(start(0, { StatusAanlevering: '3' }));
    expect(refused.answer.Client!.StartProducten.StartProduct[0]!.RetourCodes.RetourCode).toEqual(['9071']);
    expect((await jw307(stop(0, { StatusAanlevering: '3' }))).status.verdict).toBe('ok');
    expect((await jw305(start(0, { StatusAanlevering: '3' }))).status.verdict).toBe('ok');
    expect((await starts()).map((s) => s.verwijderd)).toEqual([true]);
    expect((await stops()).map((s) => s.verwijderd)).toEqual([true]);
    // Deleting it twice: nothing left to delete (TR063).
    const twice = await jw305(start(0, { StatusAanlevering: '3' }));
    expect(twice.answer.Client!.StartProducten.StartProduct[0]!.RetourCodes.RetourCode).toEqual(['9063']);
  });

  it('applies StatusAanlevering 3 before 1 in one message: delete and re-send a start with another Begindatum', async () => {
    expect((await jw305(start(0, { Begindatum: '2026-04-06' }))).status.verdict).toBe('ok');
    const corrected = await jw305(start(0, { Begindatum: '2026-04-06', StatusAanlevering: '3' }), start(0, { Begindatum: '2026-04-07' }));
    expect(corrected.status.verdict).toBe('ok');
    const live = (await starts()).filter((s) => !s.verwijderd);
    expect(live).toEqual([{ toewijzingnummer: nummers[0], begindatum: '2026-04-07', verwijderd: false }]);
  });

  it('after a definitive stop a new stop is refused (TR415) and a new start is accepted (TR326)', async () => {
    const s = { Begindatum: '2026-04-07' };
    expect((await jw307(stop(0, { ...s, RedenBeeindiging: '31', Einddatum: '2026-06-30' }))).status.verdict).toBe('ok');
    const more = await jw307(stop(0, { ...s, RedenBeeindiging: '31', Einddatum: '2026-07-31' }));
    expect(more.answer.Client!.StopProducten.StopProduct[0]!.RetourCodes.RetourCode).toEqual(['9415']);
    expect((await jw305(start(0, { Begindatum: '2026-08-01' }))).status.verdict).toBe('ok');
  });

  it('keeps the header rules first: a repeated Identificatie gets a header-only JW306 with 9056', async () => {
    const b = fixture('JW305');
    b.Header.BerichtIdentificatie = { Identificatie: 'SS1', Dagtekening: DAGTEKENING };
    b.Client.StartProducten.StartProduct = [start(1, { Begindatum: '2026-09-01' })];
    const { status, answer } = await exchange<'JW305', 'JW306'>(p, aanbiederKey, 'JW305', b);
    expect(status.verdict).toBe('header');
    expect(answer.Header.RetourCodes?.RetourCode).toEqual(['9056']);
    expect(answer.Client).toBeUndefined();
  });

  it('never writes a BSN into the stored errors', async () => {
    const rows = await p.db.sql<{ errors: unknown }[]>`select errors from bericht where berichtcode in ('JW305', 'JW307') and errors is not null`;
    expect(JSON.stringify(rows)).not.toContain(BSN.A);
  });
});
