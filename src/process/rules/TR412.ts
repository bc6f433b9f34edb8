/**
 * TR412 (berichtoverstijgend, 9412): a TeWijzigenProduct leaves Omvang empty when its toewijzing has
 * no product Code (aspecific or generic) and the Einddatum is after 2020-12-31 or empty. The
 * Einddatum is the TeWijzigenProduct's own, the sibling of Omvang, as in CD080/CD096 and CS338 for
 * the same class; the toewijzing supplies the Product because the class has none (IV092). For a
 * generic toewijzing TR375 reports the same class too: both texts apply. Only a TeWijzigenProduct
 * whose toewijzing fits is judged; TR351/TR304 report the others.
 */
import { endsAfter2020 } from './support.js';
import { defineRule } from './types.js';
import { teWijzigenMetToewijzing } from './wijziging.js';

export const TR412 = defineRule({
  meta: {
    id: 'TR412',
    level: 3,
    retourcode: '9412',
    berichten: ['JW317'],
    direction: 'in',
    description: 'TeWijzigenProduct Omvang is empty when its toewijzing has no product Code and Einddatum is after 2020-12-31 or empty',
    source: 'TR412.md; IV092; ijw-rules.md §4.5, §8.2',
  },
  check(ctx) {
    for (const { product: p, toewijzing: t } of teWijzigenMetToewijzing(ctx.bericht, ctx.env, 'TR412')) {
      if (t.code === null && endsAfter2020(p.Einddatum) && p.Omvang) {
        const soort = t.categorie === null ? 'a generic toewijzing (no Product)' : `a toewijzing for category ${t.categorie} without a code`;
        ctx.report(p, 'Omvang', `TeWijzigenProduct ${p.ToewijzingNummer} changes ${soort}, so Omvang must be empty`);
      }
    }
  },
});
