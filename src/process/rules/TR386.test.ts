import { P, ruleTable } from '../../../test/rules/table.js';
import { TR386 } from './TR386.js';

ruleTable(TR386, {
  valid: [
    { name: 'baseline: 55A11 and 55A12', code: 'JW315' },
    {
      name: 'the same product asked for consecutive periods',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[1]!;
        a.Product = { Categorie: '55', Code: '55A11' };
        a.ToewijzingIngangsdatum = '2027-07-01';
        a.ToewijzingEinddatum = '2027-12-31';
      },
    },
  ],
  invalid: [
    {
      name: 'the same product code in overlapping periods',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Product = { Categorie: '55', Code: '55A11' }; },
      errors: [{ path: P.jw315Product(2), message: 'AangevraagdProduct 40A12341235 (product 55/55A11, 2026-04-01..2027-06-30) overlaps AangevraagdProduct 40A12341234' }],
    },
    {
      name: 'category level: a budget request for category 55 overlaps 55A11',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[1]!;
        a.Product = { Categorie: '55' };
        delete a.Omvang;
        a.Budget = 100000;
      },
      errors: [{ path: P.jw315Product(2), message: 'category 55 (no code)' }],
    },
    {
      name: 'a generic request overlaps everything',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[1]!;
        delete a.Product;
        delete a.Omvang;
        a.Budget = 100000;
      },
      errors: [{ path: P.jw315Product(2), message: 'generic product' }],
    },
  ],
});
