import { P, ruleTable } from '../../../test/rules/table.js';
import { CD041 } from './CD041.js';

ruleTable(CD041, {
  valid: [
    { name: 'baseline JW301 (aspecific budget without Omvang)', code: 'JW301' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
  ],
  invalid: [
    {
      name: 'JW301 specific product without Omvang',
      code: 'JW301',
      mutate: (b) => { delete b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Omvang; },
      errors: [{ path: `${P.jw301Product(1)}/jw301:Omvang`, message: 'specific product 55/55A11' }],
    },
    {
      name: 'JW315 specific product without Omvang',
      code: 'JW315',
      mutate: (b) => { delete b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Omvang; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:Omvang` }],
    },
    {
      name: 'JW317 NieuwProduct specific without Omvang',
      code: 'JW317',
      mutate: (b) => { delete b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Omvang; },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:Omvang` }],
    },
  ],
});
