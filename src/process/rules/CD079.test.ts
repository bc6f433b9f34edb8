import { P, ruleTable } from '../../../test/rules/table.js';
import { CD079 } from './CD079.js';

ruleTable(CD079, {
  valid: [
    { name: 'baseline JW301', code: 'JW301' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
    { name: 'a generic budget toewijzing', code: 'JW301', mutate: (b) => { delete b.Client.ToegewezenProducten.ToegewezenProduct[2]!.Product; } },
    {
      name: 'a TeWijzigenProduct has no Product element',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang!.Volume = 8; },
    },
  ],
  invalid: [
    {
      name: 'JW317 NieuwProduct without Product or Budget',
      code: 'JW317',
      mutate: (b) => {
        const p = b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
        delete p.Product;
        delete p.Omvang;
      },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:Product`, message: 'NieuwProduct 1 has no Budget, so it needs a Product' }],
    },
    {
      name: 'JW301 generic without Budget (also overlaps everything: TR302)',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[2]!;
        delete t.Product;
        delete t.Budget;
      },
      errors: [{ path: `${P.jw301Product(3)}/jw301:Product` }],
      alsoReportedBy: ['TR302'],
    },
    {
      name: 'JW315 generic without Budget (also overlaps the other request: TR386)',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
        delete a.Product;
        delete a.Omvang;
      },
      errors: [{ path: `${P.jw315Product(1)}/jw315:Product` }],
      alsoReportedBy: ['TR386'],
    },
  ],
});
