import { endsAfter2020 } from './support.js';
import { defineRule } from './types.js';

export const CD096 = defineRule({
  meta: {
    id: 'CD096',
    level: 2,
    retourcode: '0001',
    berichten: ['JW317'],
    direction: 'in',
    description: 'NieuwProduct Omvang is empty when Product has no Code and Einddatum is after 2020-12-31 or empty',
    source: 'CC file CD096; ijw-rules.md §5.1',
  },
  check(ctx) {
    (ctx.bericht.Client.Verzoek.NieuweProducten?.NieuwProduct ?? []).forEach((p, i) => {
      if (p.Product?.Code === undefined && endsAfter2020(p.Einddatum) && p.Omvang) {
        ctx.report(p, 'Omvang', `NieuwProduct ${i + 1} has no product code, so Omvang must be empty (aspecific or generic request)`);
      }
    });
  },
});
