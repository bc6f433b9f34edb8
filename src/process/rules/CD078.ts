import { productLines } from './support.js';
import { defineRule } from './types.js';

export const CD078 = defineRule({
  meta: {
    id: 'CD078',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW315', 'JW317'],
    direction: 'both',
    description: 'Budget is empty when Omvang is filled',
    source: 'CC file CD078; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const l of productLines(ctx)) {
      if (l.omvang && l.budget !== undefined) {
        ctx.report(l.node, 'Budget', `${l.label} has an Omvang, so Budget (${l.budget}) must be empty`);
      }
    }
  },
});
