import { P, ruleTable } from '../../../test/rules/table.js';
import { TR302 } from './TR302.js';

ruleTable(TR302, {
  valid: [
    { name: 'baseline: 55A11, 55A12 and category 45', code: 'JW301' },
    {
      name: 'the same product in consecutive periods',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[1]!;
        t.Product = { Categorie: '55', Code: '55A11' };
        t.Ingangsdatum = '2026-07-15';
        t.Einddatum = '2026-09-30';
      },
    },
    {
      name: 'a deleted toewijzing (RedenWijziging 13, Einddatum = Ingangsdatum) does not count',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[1]!;
        t.Product = { Categorie: '55', Code: '55A11' };
        t.Einddatum = t.Ingangsdatum;
        t.RedenWijziging = '13';
      },
    },
    {
      name: 'a toewijzing voided with RedenWijziging 01 does not count',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[2]!;
        delete t.Product;
        t.Einddatum = t.Ingangsdatum;
        t.RedenWijziging = '01';
      },
    },
  ],
  invalid: [
    {
      name: 'the same product code in overlapping periods',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Product = { Categorie: '55', Code: '55A11' }; },
      errors: [{ path: P.jw301Product(2), message: 'ToegewezenProduct 300202 (product 55/55A11, 2026-04-01..2026-07-19) overlaps ToegewezenProduct 300201' }],
    },
    {
      name: 'without a code: category level (55 overlaps 55A11)',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[2]!.Product = { Categorie: '55' }; },
      errors: [{ path: P.jw301Product(3), message: 'overlaps ToegewezenProduct 300201' }],
    },
    {
      name: 'a generic product overlaps every other product',
      code: 'JW301',
      mutate: (b) => { delete b.Client.ToegewezenProducten.ToegewezenProduct[2]!.Product; },
      errors: [{ path: P.jw301Product(3), message: 'generic product' }],
    },
    {
      name: 'an open end overlaps a later period',
      code: 'JW301',
      mutate: (b) => {
        const [t1, t2] = b.Client.ToegewezenProducten.ToegewezenProduct;
        delete t1!.Einddatum;
        t1!.Omvang!.Frequentie = '4';
        t2!.Product = { Categorie: '55', Code: '55A11' };
        t2!.Ingangsdatum = '2027-01-01';
        t2!.Einddatum = '2027-03-31';
      },
      errors: [{ path: P.jw301Product(2), message: '2026-04-01..open' }],
    },
    {
      name: 'RedenWijziging 13 with a real period still counts (and breaks CS335)',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[1]!;
        t.Product = { Categorie: '55', Code: '55A11' };
        t.RedenWijziging = '13';
      },
      errors: [{ path: P.jw301Product(2) }],
      alsoReportedBy: ['CS335'],
    },
  ],
});
