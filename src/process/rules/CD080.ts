import { endsAfter2020 } from './support.js';
import { defineRule } from './types.js';

export const CD080 = defineRule({
  meta: {
    id: 'CD080',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'ToegewezenProduct Omvang is empty when Product has no Code and Einddatum is after 2020-12-31 or empty',
    source: 'CC file CD080; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const t of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) {
      if (t.Product?.Code === undefined && endsAfter2020(t.Einddatum) && t.Omvang) {
        ctx.report(t, 'Omvang', `ToegewezenProduct ${t.ToewijzingNummer} has no product code, so Omvang must be empty (aspecific or generic toewijzing)`);
      }
    }
  },
});
