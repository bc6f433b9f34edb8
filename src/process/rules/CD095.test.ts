import { P, ruleTable } from '../../../test/rules/table.js';
import { CD095 } from './CD095.js';

ruleTable(CD095, {
  valid: [
    { name: 'baseline', code: 'JW315' },
    {
      name: 'aspecific request with Omvang that ended by 2020-12-31',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
        a.Product = { Categorie: '45' };
        a.ToewijzingIngangsdatum = '2020-01-01';
        a.ToewijzingEinddatum = '2020-12-31';
      },
    },
  ],
  invalid: [
    {
      name: 'aspecific request with Omvang',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Product = { Categorie: '45' }; },
      errors: [{ path: `${P.jw315Product(1)}/jw315:Omvang`, message: 'AangevraagdProduct 40A12341234 has no product code' }],
    },
    {
      name: 'open-ended aspecific request with Omvang',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[1]!;
        a.Product = { Categorie: '40' };
        delete a.ToewijzingEinddatum;
      },
      errors: [{ path: `${P.jw315Product(2)}/jw315:Omvang` }],
    },
  ],
});
