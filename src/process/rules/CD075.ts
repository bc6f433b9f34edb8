import { productLines } from './support.js';
import { defineRule } from './types.js';

export const CD075 = defineRule({
  meta: {
    id: 'CD075',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW315', 'JW317'],
    direction: 'both',
    description: 'Einddatum (ToewijzingEinddatum in JW315) is filled when Budget is filled',
    source: 'CC file CD075; ijw-rules.md §5.1, §9.1-V2',
  },
  check(ctx) {
    for (const l of productLines(ctx)) {
      if (l.budget !== undefined && l.einddatum === undefined) {
        ctx.report(l.node, l.einddatumField, `${l.label} has Budget ${l.budget} and so needs ${l.einddatumField}`);
      }
    }
  },
});
