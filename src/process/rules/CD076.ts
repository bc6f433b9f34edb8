import { productLines } from './support.js';
import { defineRule } from './types.js';

export const CD076 = defineRule({
  meta: {
    id: 'CD076',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW315', 'JW317'],
    direction: 'both',
    description: 'Einddatum (ToewijzingEinddatum in JW315) is filled when Omvang Frequentie is 2 (per week)',
    source: 'CC file CD076; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const l of productLines(ctx)) {
      if (l.omvang?.Frequentie === '2' && l.einddatum === undefined) {
        ctx.report(l.node, l.einddatumField, `${l.label} has Frequentie 2 (per week) and so needs ${l.einddatumField} to bound the total volume`);
      }
    }
  },
});
