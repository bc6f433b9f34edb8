import { findOverlaps, formatPeriod, formatProduct } from './support.js';
import { defineRule } from './types.js';

export const TR302 = defineRule({
  meta: {
    id: 'TR302',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'A product occurs more than once among the ToegewezenProducten only with non-overlapping periods (code, else category, generic overlaps all); deleted toewijzingen are ignored',
    source: 'TR302.md; OP259; ijw-rules.md §3',
  },
  check(ctx) {
    const items = ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct
      // Deleted: Einddatum = Ingangsdatum with RedenWijziging 13 (Verwijderd) or 01 (vervallen correctie).
      .filter((t) => !(t.Einddatum === t.Ingangsdatum && (t.RedenWijziging === '13' || t.RedenWijziging === '01')))
      .map((t) => ({ item: t, product: t.Product, period: { begin: t.Ingangsdatum, end: t.Einddatum } }));
    for (const { item, earlier } of findOverlaps(items)) {
      ctx.report(item.item, undefined,
        `ToegewezenProduct ${item.item.ToewijzingNummer} (${formatProduct(item.product)}, ${formatPeriod(item.period)}) overlaps ToegewezenProduct ${earlier.item.ToewijzingNummer} (${formatProduct(earlier.product)}, ${formatPeriod(earlier.period)})`);
    }
  },
});
