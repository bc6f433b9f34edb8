import { P, ruleTable } from '../../../test/rules/table.js';
import { CD076 } from './CD076.js';

ruleTable(CD076, {
  valid: [
    { name: 'baseline JW301 (per week with Einddatum)', code: 'JW301' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
    {
      name: 'per month without Einddatum',
      code: 'JW317',
      mutate: (b) => { delete b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Einddatum; },
    },
  ],
  invalid: [
    {
      name: 'JW301 per week, open-ended',
      code: 'JW301',
      mutate: (b) => { delete b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Einddatum; },
      errors: [{ path: `${P.jw301Product(1)}/jw301:Einddatum`, message: 'Frequentie 2 (per week)' }],
    },
    {
      name: 'JW315 per week, open-ended',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
        a.Omvang!.Frequentie = '2';
        delete a.ToewijzingEinddatum;
      },
      errors: [{ path: `${P.jw315Product(1)}/jw315:ToewijzingEinddatum` }],
    },
    {
      name: 'JW317 NieuwProduct per week, open-ended',
      code: 'JW317',
      mutate: (b) => {
        const p = b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
        p.Omvang!.Frequentie = '2';
        delete p.Einddatum;
      },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:Einddatum` }],
    },
  ],
});
