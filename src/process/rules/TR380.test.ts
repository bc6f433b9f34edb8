import { P, ruleTable } from '../../../test/rules/table.js';
import { TR380 } from './TR380.js';

ruleTable(TR380, {
  valid: [
    { name: 'baseline', code: 'JW317' },
    { name: 'the day after the Dagtekening', code: 'JW317', mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.GewensteIngangsdatum = '2026-01-03'; } },
    {
      name: 'a TeWijzigenProduct may start in the past (change over the whole term)',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2025-07-01'; },
    },
  ],
  invalid: [
    {
      name: 'new product asked from the Dagtekening itself',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.GewensteIngangsdatum = '2026-01-02'; },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:GewensteIngangsdatum`, message: 'GewensteIngangsdatum 2026-01-02 is not after the Dagtekening 2026-01-02' }],
    },
    {
      name: 'new product asked with retroactive effect',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.GewensteIngangsdatum = '2025-12-01'; },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:GewensteIngangsdatum` }],
    },
  ],
});
