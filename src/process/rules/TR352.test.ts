import { P, ruleTable } from '../../../test/rules/table.js';
import { TR352 } from './TR352.js';

ruleTable(TR352, {
  valid: [
    { name: 'baseline', code: 'JW317' },
    { name: 'only an OngewijzigdProduct (plus a new one)', code: 'JW317', mutate: (b) => { delete b.Client.Verzoek.TeWijzigenProducten; } },
    { name: 'only a TeWijzigenProduct', code: 'JW317', mutate: (b) => { delete b.Client.Verzoek.OngewijzigdeProducten; delete b.Client.Verzoek.NieuweProducten; } },
  ],
  invalid: [
    {
      name: 'only new products',
      code: 'JW317',
      mutate: (b) => { delete b.Client.Verzoek.OngewijzigdeProducten; delete b.Client.Verzoek.TeWijzigenProducten; },
      errors: [{ path: P.jw317Verzoek, message: 'Verzoek 9003' }],
    },
  ],
});
