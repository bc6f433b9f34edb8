/**
 * TR375 (berichtoverstijgend, 9375): a TeWijzigenProduct leaves Omvang empty when its toewijzing has
 * no Product (a generic, budget-only toewijzing) and the Einddatum is after 2020-12-31 or empty.
 * The Einddatum is the TeWijzigenProduct's own, the sibling of Omvang, as in CD080/CD096 and CS338
 * for the same class; the toewijzing supplies the Product because the class has none (IV092).
 * A generic toewijzing has no Code either, so TR412 reports the same class too: both texts apply.
 * Only a TeWijzigenProduct whose toewijzing fits is judged; TR351/TR304 report the others.
 */
import { endsAfter2020 } from './support.js';
import { defineRule } from './types.js';
import { teWijzigenMetToewijzing } from './wijziging.js';

export const TR375 = defineRule({
  meta: {
    id: 'TR375',
    level: 3,
    retourcode: '9375',
    berichten: ['JW317'],
    direction: 'in',
    description: 'TeWijzigenProduct Omvang is empty when its toewijzing has no Product and Einddatum is after 2020-12-31 or empty',
    source: 'TR375.md; IV092; ijw-rules.md §4.5, §8.2',
  },
  check(ctx) {
    for (const { product: p, toewijzing: t } of teWijzigenMetToewijzing(ctx.bericht, ctx.env, 'TR375')) {
      if (t.categorie === null && endsAfter2020(p.Einddatum) && p.Omvang) {
        ctx.report(p, 'Omvang', `TeWijzigenProduct ${p.ToewijzingNummer} changes a generic toewijzing (no Product), so Omvang must be empty`);
      }
    }
  },
});
