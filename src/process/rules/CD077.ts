import { productLines } from './support.js';
import { defineRule } from './types.js';

export const CD077 = defineRule({
  meta: {
    id: 'CD077',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW315', 'JW317'],
    direction: 'both',
    description: 'Omvang is empty when Budget is filled',
    source: 'CC file CD077; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const l of productLines(ctx)) {
      if (l.budget !== undefined && l.omvang) {
        ctx.report(l.node, 'Omvang', `${l.label} has Budget ${l.budget}, so Omvang must be empty`);
      }
    }
  },
});
