import { wijzigingToewijzing as tw, zonderToewijzingen } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import type { JW317Bericht } from '../../message/types.generated.js';
import { TR375 } from './TR375.js';

/** Only 10072 in the ledger, generic (no Product, a budget); the VOW changes just that one. */
const generiek = { toewijzingen: new Map([[10072, tw(10072, { categorie: null, code: null, omvang: null, budget: 100000 })]]) };
const alleen10072 = (b: JW317Bericht) => {
  delete b.Client.Verzoek.OngewijzigdeProducten;
  delete b.Client.Verzoek.NieuweProducten;
  // From the toewijzing's own Ingangsdatum: the budget goes, which TR373 allows only from there.
  b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2025-07-01';
};

ruleTable(TR375, {
  valid: [
    { name: 'baseline: the toewijzing has a Product', code: 'JW317' },
    {
      name: 'a generic toewijzing changed without Omvang',
      code: 'JW317',
      mutate: (b) => {
        alleen10072(b);
        const p = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
        delete p.Omvang;
        p.Budget = 150000;
      },
      env: generiek,
    },
    {
      name: 'an Omvang for a generic toewijzing ending before 2021 (the old regime)',
      code: 'JW317',
      mutate: (b) => {
        b.Header.BerichtIdentificatie.Dagtekening = '2020-06-01';
        const p = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
        p.GewensteIngangsdatum = '2020-01-01';
        p.Einddatum = '2020-12-31';
      },
      env: { toewijzingen: new Map([[10072, tw(10072, { categorie: null, code: null, ingangsdatum: '2020-01-01', einddatum: '2020-12-31' })]]) },
    },
    {
      name: 'an aspecific toewijzing (category without code) is TR412\'s',
      code: 'JW317',
      env: { toewijzingen: new Map([[10072, tw(10072, { categorie: '54', code: null, omvang: null })]]) },
    },
    { name: 'a TeWijzigenProduct without an actual toewijzing is TR351\'s to report', code: 'JW317', env: { toewijzingen: zonderToewijzingen(10072) } },
  ],
  invalid: [
    {
      name: 'an Omvang for a generic toewijzing',
      code: 'JW317',
      mutate: alleen10072,
      env: generiek,
      errors: [{ path: `${P.jw317TeWijzigen(1)}/jw317:Omvang`, message: 'TeWijzigenProduct 10072 changes a generic toewijzing (no Product), so Omvang must be empty' }],
      // A generic toewijzing has no Code either: TR412 says the same.
      alsoReportedBy: ['TR412'],
    },
    {
      name: 'an Omvang for a generic toewijzing, without Einddatum',
      code: 'JW317',
      mutate: (b) => {
        alleen10072(b);
        const p = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
        delete p.Einddatum;
        p.Omvang!.Frequentie = '4';
      },
      env: generiek,
      errors: [{ path: `${P.jw317TeWijzigen(1)}/jw317:Omvang` }],
      alsoReportedBy: ['TR412'],
    },
  ],
});
