import { P, ruleTable } from '../../../test/rules/table.js';
import { CD080 } from './CD080.js';

ruleTable(CD080, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    {
      name: 'an aspecific toewijzing with Omvang that ended by 2020-12-31',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[2]!;
        delete t.Budget;
        t.Omvang = { Volume: 1, Eenheid: '82', Frequentie: '6' };
        t.Ingangsdatum = '2020-01-01';
        t.Einddatum = '2020-12-31';
      },
    },
  ],
  invalid: [
    {
      name: 'an aspecific toewijzing with Omvang',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[2]!;
        delete t.Budget;
        t.Omvang = { Volume: 1, Eenheid: '82', Frequentie: '6' };
      },
      errors: [{ path: `${P.jw301Product(3)}/jw301:Omvang`, message: 'ToegewezenProduct 300203 has no product code' }],
    },
  ],
});
