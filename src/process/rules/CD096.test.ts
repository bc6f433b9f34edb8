import { P, ruleTable } from '../../../test/rules/table.js';
import { CD096 } from './CD096.js';

ruleTable(CD096, {
  valid: [
    { name: 'baseline', code: 'JW317' },
    {
      name: 'an aspecific budget request',
      code: 'JW317',
      mutate: (b) => {
        const p = b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
        p.Product = { Categorie: '45' };
        delete p.Omvang;
        p.Budget = 10000;
      },
    },
  ],
  invalid: [
    {
      name: 'aspecific new product with Omvang',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Product = { Categorie: '45' }; },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:Omvang`, message: 'NieuwProduct 1 has no product code' }],
    },
  ],
});
