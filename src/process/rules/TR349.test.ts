import { describe, expect, it } from 'vitest';
import { BSN, fixture } from '../../../test/fixtures/berichten.js';
import { metToewijzingen, wijzigingToewijzing as tw } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { runRules } from './engine.js';
import { TR349 } from './TR349.js';

// The baseline VOW is dated 2026-01-02 and names 10071 (unchanged) and 10072 (to change).
ruleTable(TR349, {
  valid: [
    { name: 'baseline: both actual toewijzingen of the client are named', code: 'JW317' },
    {
      name: 'a toewijzing that ended the day before the Dagtekening is not actual',
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10073, { einddatum: '2026-01-01' })) },
    },
    {
      name: 'a deleted toewijzing (Einddatum = Ingangsdatum, RedenWijziging 13) is not actual',
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10073, { ingangsdatum: '2026-03-01', einddatum: '2026-03-01', redenWijziging: '13', verwijderd: true })) },
    },
    {
      name: "the client's toewijzing at another provider is not this provider's to name (OP095)",
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10073, { agb: '12345678' })) },
    },
    {
      name: "another client's toewijzing at this provider does not count",
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10073, { bsn: BSN.B })) },
    },
    {
      name: 'an actual toewijzing may be named as TeWijzigenProduct instead of OngewijzigdProduct',
      code: 'JW317',
      mutate: (b) => {
        delete b.Client.Verzoek.OngewijzigdeProducten;
        b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct.push({
          ToewijzingNummer: 10071, GewensteIngangsdatum: '2026-03-01', Einddatum: '2026-06-30', Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' },
        });
      },
    },
  ],
  invalid: [
    {
      name: 'an actual toewijzing of the client at this provider is missing',
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10073, { categorie: '41', code: '41A01' })) },
      errors: [{ path: P.jw317Verzoek, message: 'does not name the actual toewijzing(en) 10073 of this client' }],
    },
    {
      name: 'a toewijzing that ends on the Dagtekening is still actual',
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10073, { einddatum: '2026-01-02' })) },
      errors: [{ path: P.jw317Verzoek, message: '10073' }],
    },
    {
      name: 'a toewijzing that starts after the Dagtekening is actual, as is one without Einddatum',
      code: 'JW317',
      env: {
        toewijzingen: metToewijzingen(
          tw(10074, { categorie: '41', code: '41A01', ingangsdatum: '2026-03-01', einddatum: null }),
          tw(10073, { categorie: '42', code: '42A01', ingangsdatum: '2026-09-01', einddatum: '2026-12-31' }),
        ),
      },
      errors: [{ path: P.jw317Verzoek, message: 'toewijzing(en) 10073, 10074 of this client' }],
    },
    {
      name: 'the OngewijzigdProduct is left out',
      code: 'JW317',
      mutate: (b) => { delete b.Client.Verzoek.OngewijzigdeProducten; },
      errors: [{ path: P.jw317Verzoek, message: 'Verzoek 9003 does not name the actual toewijzing(en) 10071' }],
    },
  ],
});

describe('TR349 input', () => {
  it('refuses to judge without the toewijzing ledger', () => {
    expect(() => runRules('JW317', fixture('JW317'), { rules: [TR349], levels: [3], env: {} })).toThrow(/env.toewijzingen/);
  });
});
