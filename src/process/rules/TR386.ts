import { findOverlaps, formatPeriod, formatProduct } from './support.js';
import { defineRule } from './types.js';

export const TR386 = defineRule({
  meta: {
    id: 'TR386',
    level: 2,
    retourcode: '0001',
    berichten: ['JW315'],
    direction: 'in',
    description: 'A product occurs more than once in a Verzoek om toewijzing only with non-overlapping periods (code, else category, generic overlaps all)',
    source: 'TR386.md; ijw-rules.md §3',
  },
  check(ctx) {
    const items = ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct.map((a) => ({
      item: a,
      product: a.Product,
      period: { begin: a.ToewijzingIngangsdatum, end: a.ToewijzingEinddatum },
    }));
    for (const { item, earlier } of findOverlaps(items)) {
      ctx.report(item.item, undefined,
        `AangevraagdProduct ${item.item.ReferentieAanbieder} (${formatProduct(item.product)}, ${formatPeriod(item.period)}) overlaps AangevraagdProduct ${earlier.item.ReferentieAanbieder} (${formatProduct(earlier.product)}, ${formatPeriod(earlier.period)})`);
    }
  },
});
