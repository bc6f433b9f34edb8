import { P, ruleTable } from '../../../test/rules/table.js';
import { CD078 } from './CD078.js';

ruleTable(CD078, {
  valid: [
    { name: 'baseline JW301', code: 'JW301' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
  ],
  invalid: [
    {
      name: 'JW301 Budget next to Omvang (CD077 reports the Omvang side)',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Budget = 1000; },
      errors: [{ path: `${P.jw301Product(2)}/jw301:Budget`, message: 'ToegewezenProduct 300202 has an Omvang, so Budget (1000) must be empty' }],
      alsoReportedBy: ['CD077'],
    },
    {
      name: 'JW317 NieuwProduct with Budget next to Omvang',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Budget = 1000; },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:Budget` }],
      alsoReportedBy: ['CD077'],
    },
    {
      name: 'JW315 Budget next to Omvang',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Budget = 1000; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:Budget` }],
      alsoReportedBy: ['CD077'],
    },
  ],
});
