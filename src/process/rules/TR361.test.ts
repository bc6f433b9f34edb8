import { metToewijzingen, wijzigingToewijzing as tw, zonderToewijzingen } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import type { CDT_Product, JW317Bericht } from '../../message/types.generated.js';
import { TR361 } from './TR361.js';

// Baseline: OngewijzigdProduct 10071 (45/45A01, 2025-07-01..2026-06-30), TeWijzigenProduct 10072
// (54/54B02 from 2025-07-01, to end 2026-12-31), NieuwProduct 45/45A03 (2026-11-01..2027-02-28).

/** The baseline NieuwProduct for another product and period. */
const nieuw = (product: CDT_Product | undefined, begin?: string, end?: string) => (b: JW317Bericht) => {
  const p = b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
  if (product) p.Product = product;
  else delete p.Product;
  if (begin) p.GewensteIngangsdatum = begin;
  if (end) p.Einddatum = end;
};
/** As an aspecific or generic request: no Omvang (CD096), and a budget when generic (CD079). */
const zonderCode = (product: CDT_Product | undefined) => (b: JW317Bericht) => {
  nieuw(product)(b);
  const p = b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
  delete p.Omvang;
  if (!product) p.Budget = 50000;
};

ruleTable(TR361, {
  valid: [
    { name: 'baseline: three different products', code: 'JW317' },
    {
      name: 'the changed product again after its requested Einddatum',
      code: 'JW317',
      mutate: nieuw({ Categorie: '54', Code: '54B02' }, '2027-01-01', '2027-06-30'),
    },
    {
      name: 'a toewijzing shortened from its start and followed by the same product (IV092 example 1)',
      code: 'JW317',
      mutate: (b) => {
        const t = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
        t.GewensteIngangsdatum = '2025-07-01';
        t.Einddatum = '2026-03-31';
        nieuw({ Categorie: '54', Code: '54B02' }, '2026-04-01', '2026-12-31')(b);
      },
    },
    {
      name: 'an unchanged product continued after its Einddatum (IV092 example 2b)',
      code: 'JW317',
      mutate: nieuw({ Categorie: '45', Code: '45A01' }, '2026-07-01', '2026-12-31'),
    },
    {
      name: 'two overlapping OngewijzigdProducten: toewijzingen we sent, the provider only keeps them',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.OngewijzigdeProducten!.OngewijzigdProduct.push({ ToewijzingNummer: 10073 }); },
      env: { toewijzingen: metToewijzingen(tw(10073)) },
    },
    {
      name: 'two overlapping NieuwProducten are TR410\'s (CL2)',
      code: 'JW317',
      mutate: (b) => {
        const n = b.Client.Verzoek.NieuweProducten!.NieuwProduct;
        n.push({ ...structuredClone(n[0]!), GewensteIngangsdatum: '2026-12-01' });
      },
    },
    {
      name: 'a class without an actual toewijzing is TR351\'s to report',
      code: 'JW317',
      mutate: nieuw({ Categorie: '54', Code: '54B02' }),
      env: { toewijzingen: zonderToewijzingen(10072) },
    },
  ],
  invalid: [
    {
      name: 'a NieuwProduct for the changed product within its requested period',
      code: 'JW317',
      mutate: nieuw({ Categorie: '54', Code: '54B02' }),
      errors: [{
        path: P.jw317Nieuw(1),
        message: 'NieuwProduct 1 (product 54/54B02, 2026-11-01..2027-02-28) overlaps TeWijzigenProduct 10072 (product 54/54B02, 2025-07-01..2026-12-31)',
      }],
    },
    {
      name: 'a NieuwProduct for the unchanged product within its period',
      code: 'JW317',
      mutate: nieuw({ Categorie: '45', Code: '45A01' }, '2026-05-01'),
      errors: [{ path: P.jw317Nieuw(1), message: 'overlaps OngewijzigdProduct 10071 (product 45/45A01, 2025-07-01..2026-06-30)' }],
    },
    {
      name: 'without a code: category level (54 overlaps the toewijzing for 54B02)',
      code: 'JW317',
      mutate: zonderCode({ Categorie: '54' }),
      errors: [{ path: P.jw317Nieuw(1), message: 'NieuwProduct 1 (category 54 (no code)' }],
    },
    {
      name: 'a generic NieuwProduct overlaps every product in its period',
      code: 'JW317',
      mutate: zonderCode(undefined),
      errors: [{ path: P.jw317Nieuw(1), message: 'generic product (no Product), 2026-11-01..2027-02-28) overlaps TeWijzigenProduct 10072' }],
    },
    {
      name: 'a TeWijzigenProduct extended into the next toewijzing for the same product',
      code: 'JW317',
      mutate: (b) => {
        b.Client.Verzoek.OngewijzigdeProducten!.OngewijzigdProduct[0]!.ToewijzingNummer = 10072;
        const t = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
        t.ToewijzingNummer = 10071;
        t.Einddatum = '2026-09-30';
      },
      env: { toewijzingen: metToewijzingen(tw(10072, { ingangsdatum: '2026-07-01', einddatum: '2026-12-31' })) },
      errors: [{
        path: P.jw317TeWijzigen(1),
        message: 'TeWijzigenProduct 10071 (product 45/45A01, 2025-07-01..2026-09-30) overlaps OngewijzigdProduct 10072 (product 45/45A01, 2026-07-01..2026-12-31)',
      }],
    },
    {
      name: 'a TeWijzigenProduct without Einddatum runs open',
      code: 'JW317',
      mutate: (b) => {
        delete b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Einddatum;
        nieuw({ Categorie: '54', Code: '54B02' }, '2030-01-01', '2030-06-30')(b);
      },
      errors: [{ path: P.jw317Nieuw(1), message: 'overlaps TeWijzigenProduct 10072 (product 54/54B02, 2025-07-01..open)' }],
    },
  ],
});
