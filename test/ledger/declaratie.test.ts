/**
 * Declarations through the real pipeline (POST /berichten → workers → JW325 in the outbox) against
 * toewijzingen in the ledger: all approved (8001), partly approved (only the rejected prestaties,
 * with their codes, and the right totals), rejected on the Declaratie class (TR333, TR318), credit
 * and re-debit (TR323, TR390, TR389), the volume over the term (TR322), and what S7/S8 hold
 * afterwards. Both database modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Berichten } from '../../src/message/types.generated.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { vouwGebruik } from '../../src/ledger/gebruik.js';
import { buildJw325, oordeel } from '../../src/process/jw325.js';
import { assertSendable } from '../../src/process/rules/engine.js';
import { AGB, BSN, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { DB_MODES } from '../support/db.js';
import { seedToewijzingen } from '../support/jw323-large.js';
import { declaratie, prestatie } from '../support/jw323.js';
import { testPipeline, type TestPipeline } from '../support/pipeline.js';

const toewijzing = (nummer: number, bsn: string, code: string, omvang: { Volume: number; Eenheid: string; Frequentie: string }) => ({
  gemeente: GEMEENTE, nummer, agb: AGB, bsn, categorie: '45', code, ingangsdatum: '2026-01-01', einddatum: '2026-12-31', omvang,
});

describe.each(DB_MODES)('JW323 judged per prestatie into a JW325 (%s database)', (mode) => {
  let p: TestPipeline;
  let key: string;

  beforeAll(async () => {
    p = await testPipeline(mode);
    key = await p.key({ kind: 'agb', code: AGB });
    // The toewijzingen of the JW323 baseline (test/fixtures/neutral/declaratie.ts), and 10076 with 10 hours in total.
    await seedToewijzingen(p.db.sql, [
      toewijzing(10072, BSN.A, '45A03', { Volume: 6, Eenheid: '04', Frequentie: '4' }),
      toewijzing(10073, BSN.A, '45A04', { Volume: 20, Eenheid: '04', Frequentie: '4' }),
      toewijzing(10074, BSN.B, '45A03', { Volume: 2, Eenheid: '04', Frequentie: '2' }),
      toewijzing(10075, BSN.B, '45A04', { Volume: 200, Eenheid: '04', Frequentie: '6' }),
      toewijzing(10076, BSN.C, '45A03', { Volume: 10, Eenheid: '04', Frequentie: '6' }),
    ]);
  }, 60_000);
  afterAll(async () => p?.stop());

  /** Posts, processes, and returns the stored verdict and the JW325 the provider can pull. */
  async function send(b: Berichten['JW323']) {
    const r = await p.app.inject({
      method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` }, payload: buildMessage('JW323', b),
    });
    expect(r.statusCode, r.body).toBe(202);
    const id = r.json().id as number;
    await p.settle();
    const status = (await p.app.inject({ method: 'GET', url: `/berichten/${id}`, headers: { authorization: `Bearer ${key}` } })).json();
    expect(status.status).toBe('processed');
    const [out] = await p.db.sql<{ id: number }[]>`select id from outbox where bericht_id = ${status.antwoord.id}`;
    const xml = (await p.app.inject({ method: 'GET', url: `/berichten/uitgaand/${out!.id}`, headers: { authorization: `Bearer ${key}` } })).body;
    const parsed = parseMessage(xml, { expect: 'JW325' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return { id, status, jw325: parsed.bericht as Berichten['JW325'] };
  }

  const totals = async () =>
    (await p.db.sql<{ k: string }[]>`
      select gemeente || '|' || toewijzingnummer || '|' || eenheid || '|' || volume || '|' || bedrag || '|' || debets as k
      from toewijzing_gebruik where debets <> 0 or volume <> 0 or bedrag <> 0 order by 1`).map((r) => r.k);
  const recomputedTotals = async () =>
    (await p.db.sql<{ k: string }[]>`
      select gemeente || '|' || toewijzingnummer || '|' || eenheid || '|' || sum(geleverd_volume) || '|' || sum(ingediend_bedrag) || '|' || count(*) as k
      from prestatie where toegekend and debet_credit = 'D' and gecrediteerd_door is null
      group by gemeente, toewijzingnummer, eenheid order by 1`).map((r) => r.k);

  const prestatieRow = async (ref: string) =>
    (await p.db.sql<{ toegekend: boolean; retourcodes: string[] | null; gecrediteerd_door: string | null; ingediend_bedrag: number }[]>`
      select toegekend, retourcodes, gecrediteerd_door, ingediend_bedrag from prestatie where agb = ${AGB} and referentienummer = ${ref} order by id`);

  it('approves a declaration whole: DeclaratieAntwoord 8001, and records S7 and S8', async () => {
    const { id, status, jw325 } = await send(declaratie('D-MRT', 'DNMRT', '2026-03', [{ bsn: BSN.B, prestaties: [prestatie('RN000', 10075, '45A04', '2026-03', 14)] }]));
    expect(status).toMatchObject({ verdict: 'ok', retourcodes: [] });
    expect(jw325.Header).toMatchObject({ Afzender: GEMEENTE, Ontvanger: AGB, DeclaratieIdentificatie: { Identificatie: 'D-MRT' }, RetourCodes: { RetourCode: ['0200'] } });
    expect(jw325.DeclaratieAntwoord).toEqual({
      DeclaratieNummer: 'DNMRT',
      TotaalIngediendBedrag: { TotaalBedrag: 21000, DebetCredit: 'D' },
      TotaalToegekendBedrag: { TotaalBedrag: 21000, DebetCredit: 'D' },
      RetourCodes: { RetourCode: ['8001'] },
    });
    const [decl] = await p.db.sql`select * from declaratie where bericht_id = ${id}`;
    expect(decl).toMatchObject({
      gemeente: GEMEENTE, agb: AGB, declaratienummer: 'DNMRT', identificatie: 'D-MRT', uitkomst: 'verwerkt', retourcodes: ['8001'],
      jw325_identificatie: jw325.Header.BerichtIdentificatie.Identificatie,
    });
    expect(Number(decl!.totaal_toegekend)).toBe(21000);
    // No region file covers the gemeente: the tariff check could not run, and says so.
    expect(decl!.notities).toEqual([{ rule: 'TR418', reden: 'the contract tariff check could not run: no region file covers this gemeente', prestaties: 1 }]);
    expect(await prestatieRow('RN000')).toEqual([{ toegekend: true, retourcodes: null, gecrediteerd_door: null, ingediend_bedrag: 21000 }]);
  });

  it('approves the baseline with its credit of RN000 (credits first, OP366) and marks the debit as credited', async () => {
    const b = fixture('JW323');
    b.Header.BerichtIdentificatie.Identificatie = 'D-APR';
    const { status, jw325 } = await send(b);
    expect(status.verdict).toBe('ok');
    expect(jw325.DeclaratieAntwoord).toMatchObject({ RetourCodes: { RetourCode: ['8001'] }, TotaalToegekendBedrag: { TotaalBedrag: 37000, DebetCredit: 'D' } });
    expect((await prestatieRow('RN000'))[0]!.gecrediteerd_door).toBe('RN005');
  });

  it('TR333: a DeclaratieNummer used before rejects the whole declaration (9333, TotaalToegekendBedrag 0) and records nothing of it', async () => {
    const b = fixture('JW323');
    b.Header.BerichtIdentificatie.Identificatie = 'D-APR-2';
    const { id, status, jw325 } = await send(b);
    expect(status).toMatchObject({ verdict: 'ledger', retourcodes: ['9333'] });
    expect(jw325.Header.RetourCodes.RetourCode).toEqual(['0200']);
    expect(jw325.DeclaratieAntwoord).toEqual({
      DeclaratieNummer: 'DN001',
      TotaalIngediendBedrag: { TotaalBedrag: 37000, DebetCredit: 'D' },
      TotaalToegekendBedrag: { TotaalBedrag: 0, DebetCredit: 'D' },
      RetourCodes: { RetourCode: ['9333'] },
    });
    const [decl] = await p.db.sql<{ id: string; uitkomst: string }[]>`select id, uitkomst from declaratie where bericht_id = ${id}`;
    expect(decl!.uitkomst).toBe('niet_verzonden');
    expect(await p.db.sql`select 1 from prestatie where declaratie_id = ${decl!.id}`).toHaveLength(0);
  });

  it('approves part: only the rejected prestaties come back, with their codes, and the total is what was approved', async () => {
    const wrongCode = prestatie('RN011', 10073, '45A03', '2026-05', 2); // 10073 is 45A04
    const { id, status, jw325 } = await send(declaratie('D-MEI', 'DNMEI', '2026-05', [
      { bsn: BSN.A, prestaties: [prestatie('RN010', 10072, '45A03', '2026-05', 4), wrongCode] },
      { bsn: BSN.B, prestaties: [prestatie('RN012', 99999, '45A04', '2026-05', 1), prestatie('RN013', 10074, '45A03', '2026-05', 3)] },
      { bsn: BSN.C, prestaties: [prestatie('RN014', 10076, '45A03', '2026-05', 1)] },
    ]));
    expect(status).toMatchObject({ verdict: 'partial', retourcodes: expect.arrayContaining(['9340', '9338']) });
    const a = jw325.DeclaratieAntwoord!;
    expect(a.RetourCodes.RetourCode).toEqual(['0200']);
    // 5000 + 2500 + 1500 + 3750 + 1250 declared; 2500 (RN011) and 1500 (RN012) rejected.
    expect(a.TotaalIngediendBedrag).toEqual({ TotaalBedrag: 14000, DebetCredit: 'D' });
    expect(a.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 10000, DebetCredit: 'D' });
    expect(a.Clienten!.Client.map((c) => [c.Bsn, c.RetourCodes.RetourCode, c.Prestaties.Prestatie.map((x) => [x.ProductReferentie.ReferentieNummer, x.RetourCodes.RetourCode])])).toEqual([
      [BSN.A, ['0200'], [['RN011', ['9340']]]],
      [BSN.B, ['0200'], [['RN012', ['9338']]]],
    ]);
    // Returned unchanged (TR367).
    const { RetourCodes: _, ...back } = a.Clienten!.Client[0]!.Prestaties.Prestatie[0]!;
    expect(back).toEqual(wrongCode);
    const rows = await p.db.sql<{ referentienummer: string; toegekend: boolean; retourcodes: string[] | null }[]>`
      select p.referentienummer, p.toegekend, p.retourcodes from prestatie p join declaratie d on d.id = p.declaratie_id
      where d.bericht_id = ${id} order by p.id`;
    expect(rows).toEqual([
      { referentienummer: 'RN010', toegekend: true, retourcodes: null },
      { referentienummer: 'RN011', toegekend: false, retourcodes: ['9340'] },
      { referentienummer: 'RN012', toegekend: false, retourcodes: ['9338'] },
      { referentienummer: 'RN013', toegekend: true, retourcodes: null },
      { referentienummer: 'RN014', toegekend: true, retourcodes: null },
    ]);
    const [decl] = await p.db.sql`select totaal_ingediend, totaal_toegekend, retourcodes from declaratie where bericht_id = ${id}`;
    expect(decl).toEqual({ totaal_ingediend: 14000, totaal_toegekend: 10000, retourcodes: ['0200'] });
  });

  it('a rejected prestatie may be sent again under its ReferentieNummer (TR314 counts approved ones)', async () => {
    const { status } = await send(declaratie('D-MEI-2', 'DNMEI2', '2026-05', [{ bsn: BSN.A, prestaties: [prestatie('RN011', 10073, '45A04', '2026-05', 2)] }]));
    expect(status.verdict).toBe('ok');
    expect((await prestatieRow('RN011')).map((r) => r.toegekend)).toEqual([false, true]);
  });

  it('TR318: a DeclaratiePeriode before the latest one is rejected whole (8214)', async () => {
    const { status, jw325 } = await send(declaratie('D-OUD', 'DNOUD', '2026-04', [{ bsn: BSN.A, prestaties: [prestatie('RN015', 10072, '45A03', '2026-04', 1)] }]));
    expect(status).toMatchObject({ verdict: 'ledger', retourcodes: ['8214'] });
    expect(jw325.DeclaratieAntwoord).toMatchObject({ RetourCodes: { RetourCode: ['8214'] }, TotaalToegekendBedrag: { TotaalBedrag: 0, DebetCredit: 'D' } });
  });

  it('credit and re-debit: TR389 without the credit, TR323 on an unknown debit; both together approved; a second credit TR390', async () => {
    // RN001 (April, 10072, 4 hours) was approved with the baseline.
    const redebit = prestatie('RN030', 10072, '45A03', '2026-04', 5);
    const eerst = await send(declaratie('D-JUN-1', 'DNJUN1', '2026-06', [{ bsn: BSN.A, prestaties: [redebit, prestatie('RN031', 10072, '45A03', '2026-02', 1, 'RN999')] }]));
    expect(eerst.status.verdict).toBe('partial');
    const codes = eerst.jw325.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie.map((x) => [x.ProductReferentie.ReferentieNummer, x.RetourCodes.RetourCode]);
    expect(codes).toEqual([['RN030', ['9389']], ['RN031', ['8017']]]);
    // Total declared 6250 − 1250 = 5000 D, nothing approved; the returned prestaties explain all of it (TR342).
    expect(eerst.jw325.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 0, DebetCredit: 'D' });

    const dan = await send(declaratie('D-JUN-2', 'DNJUN2', '2026-06', [{ bsn: BSN.A, prestaties: [{ ...redebit, ProductReferentie: { ReferentieNummer: 'RN032' } }, prestatie('RN033', 10072, '45A03', '2026-04', 4, 'RN001')] }]));
    expect(dan.status.verdict).toBe('ok');
    expect(dan.jw325.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 1250, DebetCredit: 'D' });
    expect((await prestatieRow('RN001'))[0]!.gecrediteerd_door).toBe('RN033');

    const weer = await send(declaratie('D-JUN-3', 'DNJUN3', '2026-06', [{ bsn: BSN.A, prestaties: [prestatie('RN034', 10072, '45A03', '2026-04', 4, 'RN001')] }]));
    expect(weer.status).toMatchObject({ verdict: 'partial', retourcodes: ['9390'] });
    // Only a credit, rejected: nothing awarded, and TotaalIngediendBedrag is a credit.
    expect(weer.jw325.DeclaratieAntwoord).toMatchObject({
      TotaalIngediendBedrag: { TotaalBedrag: 5000, DebetCredit: 'C' },
      TotaalToegekendBedrag: { TotaalBedrag: 0, DebetCredit: 'D' },
    });
  });

  it('a credit alone that is approved gives a negative total (C)', async () => {
    const { status, jw325 } = await send(declaratie('D-JUN-4', 'DNJUN4', '2026-06', [{ bsn: BSN.A, prestaties: [prestatie('RN035', 10072, '45A03', '2026-05', 4, 'RN010')] }]));
    expect(status.verdict).toBe('ok');
    expect(jw325.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 5000, DebetCredit: 'C' });
  });

  it('TR322: the volume over the whole term counts every approved prestatie, earlier and in the same message', async () => {
    // 10076: 10 hours in total; 1 hour approved in May.
    const { status, jw325 } = await send(declaratie('D-JUN-5', 'DNJUN5', '2026-06', [{ bsn: BSN.C, prestaties: [
      prestatie('RN040', 10076, '45A03', '2026-06', 6),
      prestatie('RN041', 10076, '45A03', '2026-04', 4),
    ] }]));
    expect(status).toMatchObject({ verdict: 'partial', retourcodes: ['9322'] });
    const back = jw325.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie;
    expect(back.map((x) => [x.ProductReferentie.ReferentieNummer, x.RetourCodes.RetourCode])).toEqual([['RN041', ['9322']]]);
    expect(jw325.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 7500, DebetCredit: 'D' });
  });

  it('writes nothing for a declaration rejected in its Header after its prestaties were written ahead (TR056)', async () => {
    // The prestaties go in while the rules run (prepare); a header rejection takes them out again.
    const { id, status, jw325 } = await send(declaratie('D-MRT', 'DNHDR', '2026-07', [{ bsn: BSN.B, prestaties: [prestatie('RN050', 10075, '45A04', '2026-07', 2)] }]));
    expect(status).toMatchObject({ verdict: 'header', retourcodes: ['9056'] });
    expect(jw325.DeclaratieAntwoord).toBeUndefined();
    expect(await p.db.sql`select id from declaratie where bericht_id = ${id}`).toHaveLength(0);
    expect(await prestatieRow('RN050')).toEqual([]);
  });

  it('writes nothing for a declaration that fails CL2 after its prestaties were written ahead (TR416, 0001)', async () => {
    // CL2 runs while the database writes (loadAlongsideCl2); a CL2 rejection takes the rows out again.
    const { id, status, jw325 } = await send(declaratie('D-CL2', 'DNCL2', '2026-07', [{ bsn: BSN.C, prestaties: [
      prestatie('RN090', 10076, '45A03', '2026-07', 1),
      prestatie('RN091', 10076, '45A03', '2026-07', 1),
    ] }]));
    expect(status).toMatchObject({ verdict: 'rules', retourcodes: ['0001'] });
    expect(jw325.DeclaratieAntwoord).toBeUndefined();
    expect(await p.db.sql`select id from declaratie where bericht_id = ${id}`).toHaveLength(0);
    expect(await prestatieRow('RN090')).toEqual([]);
    expect(await prestatieRow('RN091')).toEqual([]);
  });

  it('an approved ReferentieNummer sent again is rejected (TR314, 8021) and kept as such, next to an approved new one', async () => {
    // RN000 was approved in March (and credited since); it is not free again.
    const { status } = await send(declaratie('D-JUL-1', 'DNJUL1', '2026-07', [{ bsn: BSN.B, prestaties: [
      prestatie('RN000', 10075, '45A04', '2026-07', 1),
      prestatie('RN060', 10075, '45A04', '2026-06', 1),
    ] }]));
    expect(status).toMatchObject({ verdict: 'partial', retourcodes: ['8021'] });
    expect((await prestatieRow('RN000')).map((r) => [r.toegekend, r.retourcodes])).toEqual([[true, null], [false, ['8021']]]);
    expect((await prestatieRow('RN060')).map((r) => [r.toegekend, r.retourcodes])).toEqual([[true, null]]);
  });

  it('keeps the toewijzingen totals equal to their approved, not credited debits, after every credit and debit above', async () => {
    const kept = await totals();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(await recomputedTotals());
  });

  it('a crash between an answer and the fold of the totals loses nothing: TR322 counts the unfolded declarations, and the next fold brings the totals back', async () => {
    // As if no fold had run after any declaration above (src/ledger/gebruik.ts).
    await p.db.sql`update declaratie set gebruik_bijgewerkt = false where uitkomst = 'verwerkt'`;
    await p.db.sql`delete from toewijzing_gebruik`;
    // 10076: 10 hours in total, 7 approved above (May and June); 4 more exceed it.
    const { status, jw325 } = await send(declaratie('D-AUG-1', 'DNAUG1', '2026-08', [{ bsn: BSN.C, prestaties: [
      prestatie('RN070', 10076, '45A03', '2026-08', 4),
    ] }, { bsn: BSN.B, prestaties: [prestatie('RN071', 10075, '45A04', '2026-08', 1)] }]));
    expect(status, JSON.stringify(status.errors)).toMatchObject({ verdict: 'partial', retourcodes: ['9322'] });
    const back = jw325.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie;
    expect(back.map((x) => [x.ProductReferentie.ReferentieNummer, x.RetourCodes.RetourCode])).toEqual([['RN070', ['9322']]]);
    // The round after it folded everything in; a second fold finds nothing and changes nothing.
    expect(await p.db.sql`select id from declaratie where uitkomst = 'verwerkt' and not gebruik_bijgewerkt`).toHaveLength(0);
    const before = await totals();
    expect(await vouwGebruik(p.db.sql)).toBe(0);
    expect(await totals()).toEqual(before);
    expect(before).toEqual(await recomputedTotals());
  });
});

describe('the JW325 for a judged JW323 (IV087)', () => {
  const ident = () => ({ Identificatie: 'DA1', Dagtekening: '2026-05-13' });
  const client = (c: number) => `/jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[${c}]`;

  it('a Client-level violation: the Client gets the code and all its prestaties 0233; the total excludes them', () => {
    const decl = fixture('JW323');
    const o = oordeel([{ path: `${client(2)}/jw323:Bsn`, retourcode: '8187' }, { path: `${client(1)}/jw323:Prestaties/jw323:Prestatie[2]/jw323:ProductCode`, retourcode: '9340' }]);
    const j = buildJw325(decl, o, ident);
    expect(j.verdict).toBe('partial');
    const a = j.bericht.DeclaratieAntwoord!;
    expect(a.Clienten!.Client.map((c) => [c.RetourCodes.RetourCode, c.Prestaties.Prestatie.map((p) => p.RetourCodes.RetourCode)])).toEqual([
      [['0200'], [['9340']]],
      [['8187'], [['0233'], ['0233'], ['0233']]],
    ]);
    // 37000 declared; RN002 (24000) and client B's 5000 + 24000 − 21000 rejected: 5000 awarded.
    expect(a.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 5000, DebetCredit: 'D' });
    expect(() => assertSendable('JW325', j.bericht)).not.toThrow();
    expect(j.goedgekeurd(1, 1)).toBe(true);
    expect(j.goedgekeurd(2, 3)).toBe(false);
  });

  it('a negative award carries C, zero D (CS325); a violation outside the classes of the Declaratie is a bug', () => {
    const decl = fixture('JW323');
    const j = buildJw325(decl, oordeel([{ path: `${client(1)}/jw323:Prestaties/jw323:Prestatie[1]`, retourcode: '9338' }, { path: `${client(1)}/jw323:Prestaties/jw323:Prestatie[2]`, retourcode: '9338' }, { path: `${client(2)}/jw323:Prestaties/jw323:Prestatie[1]`, retourcode: '9338' }, { path: `${client(2)}/jw323:Prestaties/jw323:Prestatie[2]`, retourcode: '9338' }]), ident);
    expect(j.bericht.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 21000, DebetCredit: 'C' });
    expect(() => assertSendable('JW325', j.bericht)).not.toThrow();
    expect(() => oordeel([{ path: '/jw323:Bericht/jw323:Header/jw323:Afzender', retourcode: '9056' }])).toThrow(/no class of the Declaratie/);
  });
});
