/**
 * The VOW flows of berichtstromen.md through `ijw simulate`: direct toewijzing, toewijzing after
 * onderzoek, direct rejection and rejection after onderzoek. The client has two toewijzingen (1 and
 * 2) issued by the gemeente; the JW317 keeps 1 and asks a longer Einddatum for 2.
 */
import { describe, expect, it } from 'vitest';
import type { Berichten } from '../../src/message/types.generated.js';
import { AGB } from '../fixtures/berichten.js';
import { Scenario, clientGegevens, type Run } from './support.js';

function vow(): Scenario {
  const s = new Scenario().klok('2026-04-01T09:00:00');
  for (const [naam, code] of [['toewijzing-1', '55A11'], ['toewijzing-2', '55A12']] as const) {
    s.actie(naam, 'POST', '/toewijzingen', {
      aanbieder: AGB, client: clientGegevens(), product: { Categorie: '55', Code: code },
      ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
    });
  }
  return s.klok('2026-04-02T10:00:00').bericht('jw317', 'JW317', (b) => {
    const v = b.Client.Verzoek;
    v.OngewijzigdeProducten = { OngewijzigdProduct: [{ ToewijzingNummer: 1 }] };
    v.TeWijzigenProducten = { TeWijzigenProduct: [{ ToewijzingNummer: 2, GewensteIngangsdatum: '2026-04-01', Einddatum: '2027-03-31', Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } }] };
    delete v.NieuweProducten;
  });
}

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
