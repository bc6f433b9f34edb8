import { productLines } from './support.js';
import { defineRule } from './types.js';

export const CD079 = defineRule({
  meta: {
    id: 'CD079',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW315', 'JW317'],
    direction: 'both',
    description: 'Product is filled when Budget is empty: only a budget toewijzing may be generic (ToegewezenProduct, AangevraagdProduct, NieuwProduct)',
    source: 'CC file CD079; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const l of productLines(ctx)) {
      if (l.hasProductElement && l.budget === undefined && !l.product) {
        ctx.report(l.node, 'Product', `${l.label} has no Budget, so it needs a Product`);
      }
    }
  },
});
