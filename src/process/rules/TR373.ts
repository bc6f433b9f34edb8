/**
 * TR373 (berichtoverstijgend, 9373): a TeWijzigenProduct that changes the Budget, or the total over
 * the toewijzing period (Omvang with Frequentie 6), of its toewijzing asks for that change from the
 * Ingangsdatum of the actual toewijzing: such a change always covers the whole term (TR373
 * toelichting; IV092, IV093: "een budget of totaal toewijzing wijzigt altijd vanaf de originele
 * ingangsdatum"). The Einddatum may change along with it.
 *
 * Where the text is open: "changed" is read against the toewijzing, as IV092 does ("als de
 * wijziging een toegewezen Budget betreft", "een toewijzing met als Frequentie totaal"): the
 * toewijzing has a Budget, or an Omvang with Frequentie 6, and the request's Budget or Omvang
 * differs from it (an omitted Budget removes it; the VOW states the complete desired situation,
 * OP308). A budget or total that only the request introduces belongs to the new toewijzing that
 * starts on the GewensteIngangsdatum, and is not a change of an existing one. Only a
 * TeWijzigenProduct whose toewijzing fits is judged; TR351/TR304 report the others.
 */
import { defineRule } from './types.js';
import { formatOmvang, sameOmvang, teWijzigenMetToewijzing } from './wijziging.js';

export const TR373 = defineRule({
  meta: {
    id: 'TR373',
    level: 3,
    retourcode: '9373',
    berichten: ['JW317'],
    direction: 'in',
    description: 'A TeWijzigenProduct that changes the Budget or the total Omvang (Frequentie 6) of its toewijzing has the toewijzing\'s Ingangsdatum as GewensteIngangsdatum',
    source: 'TR373.md; IV092; IV093; OP308; ijw-rules.md §4.5, §6.3',
  },
  check(ctx) {
    for (const { product: p, toewijzing: t } of teWijzigenMetToewijzing(ctx.bericht, ctx.env, 'TR373')) {
      if (p.GewensteIngangsdatum === t.ingangsdatum) continue;
      let wat: string | undefined;
      if (t.budget !== null && (p.Budget === undefined ? null : Number(p.Budget)) !== t.budget) {
        wat = p.Budget === undefined ? `removes the Budget ${t.budget}` : `changes the Budget from ${t.budget} to ${p.Budget}`;
      } else if (t.omvang?.Frequentie === '6' && !sameOmvang(p.Omvang, t.omvang)) {
        wat = `changes the total over the toewijzing period from ${formatOmvang(t.omvang)} to ${formatOmvang(p.Omvang)}`;
      }
      if (wat) {
        ctx.report(p, 'GewensteIngangsdatum',
          `TeWijzigenProduct ${p.ToewijzingNummer} ${wat}, so GewensteIngangsdatum ${p.GewensteIngangsdatum} must be the Ingangsdatum ${t.ingangsdatum} of the toewijzing`);
      }
    }
  },
});
