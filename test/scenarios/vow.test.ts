/**
 * The VOW flows of berichtstromen.md through `ijw simulate`: direct toewijzing, toewijzing after
 * onderzoek, direct rejection and rejection after onderzoek. The client has two toewijzingen (1 and
 * 2) issued by the gemeente; the JW317 keeps 1 and asks a longer Einddatum for 2.
 */
import { describe, expect, it } from 'vitest';
import type { Berichten } from '../../src/message/types.generated.js';
import { AGB } from '../fixtures/berichten.js';
import { Scenario, clientGegevens, type Run } from './support.js';

type Verzoek = Berichten['JW317']['Client']['Verzoek'];

/** The JW317 of the flows: keep 1, a longer Einddatum for 2. */
function langer(v: Verzoek): void {
  v.OngewijzigdeProducten = { OngewijzigdProduct: [{ ToewijzingNummer: 1 }] };
  v.TeWijzigenProducten = { TeWijzigenProduct: [{ ToewijzingNummer: 2, GewensteIngangsdatum: '2026-04-01', Einddatum: '2027-03-31', Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } }] };
  delete v.NieuweProducten;
}

function vow(verzoek: (v: Verzoek) => void = langer): Scenario {
  const s = new Scenario().klok('2026-04-01T09:00:00');
  for (const [naam, code] of [['toewijzing-1', '55A11'], ['toewijzing-2', '55A12']] as const) {
    s.actie(naam, 'POST', '/toewijzingen', {
      aanbieder: AGB, client: clientGegevens(), product: { Categorie: '55', Code: code },
      ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
    });
  }
  return s.klok('2026-04-02T10:00:00').bericht('jw317', 'JW317', (b) => verzoek(b.Client.Verzoek));
}

const toegewezen = (run: Run, stap: string) => {
  const [m] = run.berichten(stap);
  expect(m!.code).toBe('JW301');
  return [...(m!.bericht as Berichten['JW301']).Client.ToegewezenProducten.ToegewezenProduct].sort((a, b) => a.ToewijzingNummer - b.ToewijzingNummer);
};

function expectAccepted(run: Run): void {
  expect(run.stap('toewijzing-2')).toMatchObject({ status: 201 });
  expect(run.stap('jw317')).toMatchObject({ verdict: 'ok', retourcodes: [] });
  expect(run.berichten('jw317').map((m) => m.code)).toEqual(['JW318']);
}

function expectHonoured(run: Run, stap: string): void {
  const [m] = run.berichten(stap);
  expect(m!.code).toBe('JW301');
  const producten = (m!.bericht as Berichten['JW301']).Client.ToegewezenProducten.ToegewezenProduct;
  // The whole VOW in one JW301 with its ReferentieAanbieder on every product (IV093, TR379); a
  // change of only the Einddatum keeps the number.
  expect(producten.map((p) => [p.ToewijzingNummer, p.Einddatum, p.ReferentieAanbieder, p.RedenWijziging])).toEqual([
    [1, '2026-12-31', '9003', undefined],
    [2, '2027-03-31', '9003', '12'],
  ]);
}

const jw319 = (run: Run, stap: string): Berichten['JW319']['Antwoord'] => {
  const [m] = run.berichten(stap);
  expect(m!.code).toBe('JW319');
  return (m!.bericht as Berichten['JW319']).Antwoord;
};

describe('VOW flows (ijw simulate)', () => {
  it('direct toewijzing: JW317, JW301', async () => {
    // The change covers the whole term, from the toewijzing's own Ingangsdatum, which has passed:
    // honoured only in agreement with the provider (IV093, OP345).
    const run = await vow().actie('toewijzen', 'POST', '/verzoeken/1/toewijzen', { instemmingAanbieder: true }).run();
    expectAccepted(run);
    expect(run.stap('toewijzen').status).toBe(200);
    expectHonoured(run, 'toewijzen');
  }, 60_000);

  it('toewijzing after onderzoek: JW317, JW319 (onderzoek), JW301', async () => {
    const run = await vow()
      .actie('onderzoek', 'POST', '/verzoeken/1/in-onderzoek')
      .actie('zonder-instemming', 'POST', '/verzoeken/1/toewijzen', {})
      .actie('toewijzen', 'POST', '/verzoeken/1/toewijzen', { instemmingAanbieder: true })
      .run();
    expect(run.stap('zonder-instemming')).toMatchObject({ status: 422, berichten: [] });
    expect(JSON.stringify(run.stap('zonder-instemming').antwoord)).toContain('IV093');
    expectAccepted(run);
    expect(jw319(run, 'onderzoek')).toEqual({ ReferentieAanbieder: '9003', VerzoekAntwoord: '2' });
    expectHonoured(run, 'toewijzen');
  }, 60_000);

  it('direct rejection: JW317, JW319 (afwijzen)', async () => {
    const run = await vow().actie('afwijzen', 'POST', '/verzoeken/1/afwijzen', { reden: '1' }).run();
    expect(jw319(run, 'afwijzen')).toEqual({ ReferentieAanbieder: '9003', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '1' });
  }, 60_000);

  it('honoured later than asked, on a date agreed with the provider (IV093 example 2a): B ends the day before, C starts on it', async () => {
    // 1 unchanged, 2 (B) to end on 15 May, new product C from 16 May; decided on 23 May after onderzoek.
    const run = await vow((v) => {
      v.OngewijzigdeProducten = { OngewijzigdProduct: [{ ToewijzingNummer: 1 }] };
      v.TeWijzigenProducten = { TeWijzigenProduct: [{ ToewijzingNummer: 2, GewensteIngangsdatum: '2026-04-01', Einddatum: '2026-05-15', Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } }] };
      v.NieuweProducten = { NieuwProduct: [{ Product: { Categorie: '55', Code: '55A13' }, GewensteIngangsdatum: '2026-05-16', Einddatum: '2026-12-31', Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } }] };
    })
      .actie('onderzoek', 'POST', '/verzoeken/1/in-onderzoek')
      .klok('2026-05-23T10:00:00')
      .actie('zonder-instemming', 'POST', '/verzoeken/1/toewijzen', { ingangsdatum: '2026-05-24' })
      .actie('niet-later', 'POST', '/verzoeken/1/toewijzen', { instemmingAanbieder: true, ingangsdatum: '2026-03-01' })
      .actie('toewijzen', 'POST', '/verzoeken/1/toewijzen', { instemmingAanbieder: true, ingangsdatum: '2026-05-24' })
      .run();
    expectAccepted(run);
    expect(run.stap('zonder-instemming')).toMatchObject({ status: 422, berichten: [] });
    expect(JSON.stringify(run.stap('zonder-instemming').antwoord)).toContain('instemmingAanbieder');
    expect(run.stap('niet-later')).toMatchObject({ status: 422, berichten: [] });
    const producten = toegewezen(run, 'toewijzen');
    expect(producten.map((p) => [p.ToewijzingNummer, p.Product?.Code, p.Ingangsdatum, p.Einddatum, p.RedenWijziging])).toEqual([
      [1, '55A11', '2026-04-01', '2026-12-31', undefined],
      [2, '55A12', '2026-04-01', '2026-05-23', '12'],
      [3, '55A13', '2026-05-24', '2026-12-31', undefined],
    ]);
  }, 60_000);

  it('a new product later than asked, without joining on (IV093 example 3b): X unchanged, Y from the agreed date', async () => {
    const run = await vow((v) => {
      v.OngewijzigdeProducten = { OngewijzigdProduct: [{ ToewijzingNummer: 1 }, { ToewijzingNummer: 2 }] };
      delete v.TeWijzigenProducten;
      v.NieuweProducten = { NieuwProduct: [{ Product: { Categorie: '55', Code: '55A13' }, GewensteIngangsdatum: '2026-04-08', Einddatum: '2026-12-31', Omvang: { Volume: 1, Eenheid: '04', Frequentie: '2' } }] };
    })
      .klok('2026-04-09T10:00:00')
      .actie('toewijzen', 'POST', '/verzoeken/1/toewijzen', { instemmingAanbieder: true, ingangsdatum: '2026-04-15' })
      .run();
    expect(run.stap('toewijzen').status).toBe(200);
    expect(toegewezen(run, 'toewijzen').map((p) => [p.ToewijzingNummer, p.Ingangsdatum, p.Einddatum, p.RedenWijziging])).toEqual([
      [1, '2026-04-01', '2026-12-31', undefined],
      [2, '2026-04-01', '2026-12-31', undefined],
      [3, '2026-04-15', '2026-12-31', undefined],
    ]);
  }, 60_000);

  it('another Omvang from the very Ingangsdatum: the toewijzing is deleted (RedenWijziging 13) and a new number covers the whole period (OP257)', async () => {
    const run = await vow((v) => {
      v.OngewijzigdeProducten = { OngewijzigdProduct: [{ ToewijzingNummer: 1 }] };
      v.TeWijzigenProducten = { TeWijzigenProduct: [{ ToewijzingNummer: 2, GewensteIngangsdatum: '2026-04-01', Einddatum: '2026-12-31', Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }] };
      delete v.NieuweProducten;
    })
      .actie('toewijzen', 'POST', '/verzoeken/1/toewijzen', { instemmingAanbieder: true })
      .run();
    expect(run.stap('toewijzen').status).toBe(200);
    expect(toegewezen(run, 'toewijzen').map((p) => [p.ToewijzingNummer, p.Ingangsdatum, p.Einddatum, p.Omvang?.Volume, p.RedenWijziging])).toEqual([
      [1, '2026-04-01', '2026-12-31', 2, undefined],
      [2, '2026-04-01', '2026-04-01', 2, '13'],
      [3, '2026-04-01', '2026-12-31', 3, undefined],
    ]);
  }, 60_000);

  it('rejection after onderzoek: JW317, JW319 (onderzoek), JW319 (afwijzen); no woonplaatsbeginsel for a VOW', async () => {
    const run = await vow()
      .actie('onderzoek', 'POST', '/verzoeken/1/in-onderzoek')
      .actie('woonplaats', 'POST', '/verzoeken/1/afwijzen', { reden: '8', gemeente: '0363' })
      .actie('afwijzen', 'POST', '/verzoeken/1/afwijzen', { reden: '2' })
      .run();
    expect(jw319(run, 'onderzoek').VerzoekAntwoord).toBe('2');
    expect(run.stap('woonplaats')).toMatchObject({ status: expect.any(Number), berichten: [] });
    expect(run.stap('woonplaats').status).toBeGreaterThanOrEqual(400);
    expect(jw319(run, 'afwijzen')).toEqual({ ReferentieAanbieder: '9003', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '2' });
  }, 60_000);
});
