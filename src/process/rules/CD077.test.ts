import { P, ruleTable } from '../../../test/rules/table.js';
import { CD077 } from './CD077.js';

ruleTable(CD077, {
  valid: [
    { name: 'baseline JW301 (Omvang or Budget)', code: 'JW301' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
  ],
  invalid: [
    {
      name: 'JW301 Omvang and Budget (CD078 reports the Budget side)',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Budget = 1000; },
      errors: [{ path: `${P.jw301Product(1)}/jw301:Omvang`, message: 'ToegewezenProduct 300201 has Budget 1000, so Omvang must be empty' }],
      alsoReportedBy: ['CD078'],
    },
    {
      name: 'JW315 Omvang and Budget',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Budget = 1000; },
      errors: [{ path: `${P.jw315Product(1)}/jw315:Omvang` }],
      alsoReportedBy: ['CD078'],
    },
    {
      name: 'JW317 TeWijzigenProduct with Omvang and Budget',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Budget = 1000; },
      errors: [{ path: `${P.jw317TeWijzigen(1)}/jw317:Omvang` }],
      alsoReportedBy: ['CD078'],
    },
  ],
});
