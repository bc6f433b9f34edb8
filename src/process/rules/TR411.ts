/**
 * TR411 (berichtoverstijgend, 9411): a TeWijzigenProduct fills Omvang when its toewijzing has a
 * product Code (a specific toewijzing is always for a volume, ijw-rules.md §8.2). The class has no
 * Product of its own; the toewijzing's applies (IV092). Only a TeWijzigenProduct whose toewijzing
 * fits is judged; TR351/TR304 report the others.
 */
import { defineRule } from './types.js';
import { teWijzigenMetToewijzing } from './wijziging.js';

export const TR411 = defineRule({
  meta: {
    id: 'TR411',
    level: 3,
    retourcode: '9411',
    berichten: ['JW317'],
    direction: 'in',
    description: 'TeWijzigenProduct Omvang is filled when its toewijzing has a product Code',
    source: 'TR411.md; IV092; ijw-rules.md §4.5, §8.2',
  },
  check(ctx) {
    for (const { product: p, toewijzing: t } of teWijzigenMetToewijzing(ctx.bericht, ctx.env, 'TR411')) {
      if (t.code !== null && !p.Omvang) {
        ctx.report(p, 'Omvang', `TeWijzigenProduct ${p.ToewijzingNummer} changes a toewijzing for product ${t.categorie}/${t.code}, so it needs an Omvang`);
      }
    }
  },
});
