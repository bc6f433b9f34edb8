import { findOverlaps, formatPeriod, formatProduct } from './support.js';
import { defineRule } from './types.js';

export const TR410 = defineRule({
  meta: {
    id: 'TR410',
    level: 2,
    retourcode: '0001',
    berichten: ['JW317'],
    direction: 'in',
    description: 'A product occurs more than once among the NieuwProducten only with non-overlapping periods (code, else category, generic overlaps all)',
    source: 'TR410.md; ijw-rules.md §3',
  },
  check(ctx) {
    const items = (ctx.bericht.Client.Verzoek.NieuweProducten?.NieuwProduct ?? []).map((p) => ({
      item: p,
      product: p.Product,
      period: { begin: p.GewensteIngangsdatum, end: p.Einddatum },
    }));
    for (const { item, earlier } of findOverlaps(items)) {
      ctx.report(item.item, undefined,
        `NieuwProduct (${formatProduct(item.product)}, ${formatPeriod(item.period)}) overlaps an earlier NieuwProduct (${formatProduct(earlier.product)}, ${formatPeriod(earlier.period)})`);
    }
  },
});
