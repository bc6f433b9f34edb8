import { metToewijzingen, wijzigingToewijzing as tw, zonderToewijzingen } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import type { JW317Bericht } from '../../message/types.generated.js';
import { TR411 } from './TR411.js';

const zonderOmvang = (b: JW317Bericht) => { delete b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang; };

ruleTable(TR411, {
  valid: [
    { name: 'baseline: the change of a specific toewijzing has an Omvang', code: 'JW317' },
    {
      name: 'an aspecific toewijzing needs no Omvang',
      code: 'JW317',
      mutate: zonderOmvang,
      env: { toewijzingen: metToewijzingen(tw(10072, { categorie: '54', code: null, omvang: null })) },
    },
    { name: 'a TeWijzigenProduct without an actual toewijzing is TR351\'s to report', code: 'JW317', mutate: zonderOmvang, env: { toewijzingen: zonderToewijzingen(10072) } },
  ],
  invalid: [
    {
      name: 'the change of a specific toewijzing without Omvang',
      code: 'JW317',
      mutate: zonderOmvang,
      errors: [{ path: `${P.jw317TeWijzigen(1)}/jw317:Omvang`, message: 'TeWijzigenProduct 10072 changes a toewijzing for product 54/54B02, so it needs an Omvang' }],
    },
    {
      name: 'the second of two changes without Omvang',
      code: 'JW317',
      mutate: (b) => {
        b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct.push({ ToewijzingNummer: 10071, GewensteIngangsdatum: '2026-03-01', Einddatum: '2026-06-30' });
        delete b.Client.Verzoek.OngewijzigdeProducten;
      },
      errors: [{ path: `${P.jw317TeWijzigen(2)}/jw317:Omvang`, message: 'product 45/45A01' }],
    },
  ],
});
