import { endsAfter2020 } from './support.js';
import { defineRule } from './types.js';

export const CD095 = defineRule({
  meta: {
    id: 'CD095',
    level: 2,
    retourcode: '0001',
    berichten: ['JW315'],
    direction: 'in',
    description: 'AangevraagdProduct Omvang is empty when Product has no Code and ToewijzingEinddatum is after 2020-12-31 or empty',
    source: 'CC file CD095; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const a of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
      if (a.Product?.Code === undefined && endsAfter2020(a.ToewijzingEinddatum) && a.Omvang) {
        ctx.report(a, 'Omvang', `AangevraagdProduct ${a.ReferentieAanbieder} has no product code, so Omvang must be empty (aspecific or generic request)`);
      }
    }
  },
});
