import { clone } from '../../../test/fixtures/berichten.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR410 } from './TR410.js';

ruleTable(TR410, {
  valid: [
    { name: 'baseline', code: 'JW317' },
    {
      name: 'the same new product in a later, separate period',
      code: 'JW317',
      mutate: (b) => {
        const list = b.Client.Verzoek.NieuweProducten!.NieuwProduct;
        list.push({ ...clone(list[0]!), GewensteIngangsdatum: '2027-03-01', Einddatum: '2027-06-30' });
      },
    },
    {
      name: 'a TeWijzigenProduct is no NieuwProduct: overlap with it is not TR410\'s concern',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Einddatum = '2027-12-31'; },
    },
  ],
  invalid: [
    {
      name: 'the same new product in overlapping periods',
      code: 'JW317',
      mutate: (b) => {
        const list = b.Client.Verzoek.NieuweProducten!.NieuwProduct;
        list.push({ ...clone(list[0]!), GewensteIngangsdatum: '2026-12-01' });
      },
      errors: [{ path: P.jw317Nieuw(2), message: 'NieuwProduct (product 45/45A03, 2026-12-01..2027-02-28) overlaps an earlier NieuwProduct' }],
    },
    {
      name: 'a generic budget request overlaps the specific one',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct.push({ GewensteIngangsdatum: '2026-12-01', Einddatum: '2027-01-31', Budget: 10000 }); },
      errors: [{ path: P.jw317Nieuw(2), message: 'generic product' }],
    },
  ],
});
