import { P, ruleTable } from '../../../test/rules/table.js';
import { CD075 } from './CD075.js';

ruleTable(CD075, {
  valid: [
    { name: 'baseline JW301 (budget with Einddatum)', code: 'JW301' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
    { name: 'no budget, open end', code: 'JW315', mutate: (b) => { delete b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.ToewijzingEinddatum; } },
  ],
  invalid: [
    {
      name: 'JW301 budget without Einddatum',
      code: 'JW301',
      mutate: (b) => { delete b.Client.ToegewezenProducten.ToegewezenProduct[2]!.Einddatum; },
      errors: [{ path: `${P.jw301Product(3)}/jw301:Einddatum`, message: 'ToegewezenProduct 300203 has Budget 500000 and so needs Einddatum' }],
    },
    {
      name: 'JW315 budget request without ToewijzingEinddatum',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
        a.Product = { Categorie: '45' };
        delete a.Omvang;
        a.Budget = 100000;
        delete a.ToewijzingEinddatum;
      },
      errors: [{ path: `${P.jw315Product(1)}/jw315:ToewijzingEinddatum`, message: 'needs ToewijzingEinddatum' }],
    },
    {
      name: 'JW317 TeWijzigenProduct to a budget without Einddatum',
      code: 'JW317',
      mutate: (b) => {
        const p = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
        delete p.Omvang;
        delete p.Einddatum;
        p.Budget = 5000;
      },
      errors: [{ path: `${P.jw317TeWijzigen(1)}/jw317:Einddatum` }],
    },
    {
      name: 'JW317 NieuwProduct budget without Einddatum',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct.push({ Product: { Categorie: '40' }, GewensteIngangsdatum: '2026-11-01', Budget: 5000 }); },
      errors: [{ path: `${P.jw317Nieuw(2)}/jw317:Einddatum`, message: 'NieuwProduct 2' }],
    },
  ],
});
