import { metToewijzingen, wijzigingToewijzing as tw, zonderToewijzingen } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import type { JW317Bericht } from '../../message/types.generated.js';
import { TR412 } from './TR412.js';

const omvang = `${P.jw317TeWijzigen(1)}/jw317:Omvang`;
/** 10072 as an aspecific toewijzing without budget: category 54, no code. */
const aspecifiek = { toewijzingen: metToewijzingen(tw(10072, { categorie: '54', code: null, omvang: null })) };

ruleTable(TR412, {
  valid: [
    { name: 'baseline: the toewijzing has a product code', code: 'JW317' },
    {
      name: 'an aspecific toewijzing changed without Omvang',
      code: 'JW317',
      mutate: (b: JW317Bericht) => { delete b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang; },
      env: aspecifiek,
    },
    {
      name: 'an Omvang for an aspecific toewijzing ending before 2021 (the old regime)',
      code: 'JW317',
      mutate: (b) => {
        b.Header.BerichtIdentificatie.Dagtekening = '2020-06-01';
        const p = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
        p.GewensteIngangsdatum = '2020-01-01';
        p.Einddatum = '2020-12-31';
      },
      env: { toewijzingen: metToewijzingen(tw(10072, { categorie: '54', code: null, ingangsdatum: '2020-01-01', einddatum: '2020-12-31' })) },
    },
    { name: 'a TeWijzigenProduct without an actual toewijzing is TR351\'s to report', code: 'JW317', env: { toewijzingen: zonderToewijzingen(10072) } },
  ],
  invalid: [
    {
      name: 'an Omvang for an aspecific toewijzing',
      code: 'JW317',
      env: aspecifiek,
      errors: [{ path: omvang, message: 'TeWijzigenProduct 10072 changes a toewijzing for category 54 without a code, so Omvang must be empty' }],
    },
    {
      name: 'an Omvang for an aspecific toewijzing, without Einddatum',
      code: 'JW317',
      mutate: (b) => { delete b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Einddatum; },
      env: aspecifiek,
      errors: [{ path: omvang }],
    },
    {
      name: 'an Omvang for a generic toewijzing',
      code: 'JW317',
      mutate: (b) => {
        delete b.Client.Verzoek.OngewijzigdeProducten;
        delete b.Client.Verzoek.NieuweProducten;
        b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2025-07-01';
      },
      env: { toewijzingen: new Map([[10072, tw(10072, { categorie: null, code: null, omvang: null, budget: 100000 })]]) },
      errors: [{ path: omvang, message: 'changes a generic toewijzing (no Product)' }],
      alsoReportedBy: ['TR375'],
    },
  ],
});
