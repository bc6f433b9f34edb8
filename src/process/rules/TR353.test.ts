import { P, ruleTable } from '../../../test/rules/table.js';
import { TR353 } from './TR353.js';

ruleTable(TR353, {
  valid: [
    { name: 'baseline', code: 'JW317' },
    { name: 'only a new product besides unchanged ones', code: 'JW317', mutate: (b) => { delete b.Client.Verzoek.TeWijzigenProducten; } },
    { name: 'only a change', code: 'JW317', mutate: (b) => { delete b.Client.Verzoek.NieuweProducten; } },
  ],
  invalid: [
    {
      name: 'only unchanged products',
      code: 'JW317',
      mutate: (b) => { delete b.Client.Verzoek.TeWijzigenProducten; delete b.Client.Verzoek.NieuweProducten; },
      errors: [{ path: P.jw317Verzoek, message: 'asks for no change' }],
    },
  ],
});
