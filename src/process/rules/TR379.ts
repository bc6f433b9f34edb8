/**
 * TR379 (berichtoverstijgend, 9379; guards what we send): a ToegewezenProduct carries a
 * ReferentieAanbieder only in the first JW301 that honours a request: for a VOT the honoured
 * AangevraagdProduct's own (IV094, one per product), for a VOW the VOW's on every ToegewezenProduct
 * of the message, unchanged ones included (IV093, IV097). Everything else leaves it empty: the other
 * actual toewijzingen sent along (OP087), and every later JW301, also one re-sending the same
 * version (IV097). What this JW301 honours comes from the decision (env.honoreert), independent of
 * the versions the builder read, so the two are checked against each other.
 */
import { honoreertOf } from './verzoek.js';
import { defineRule } from './types.js';

export const TR379 = defineRule({
  meta: {
    id: 'TR379',
    level: 3,
    retourcode: '9379',
    berichten: ['JW301'],
    direction: 'out',
    description: 'ReferentieAanbieder only in the first JW301 that honours a VOT product (its own) or a VOW (on every product); empty otherwise',
    source: 'TR379.md; IV093; IV094; IV097; ijw-rules.md §4.8',
  },
  check(ctx) {
    const honoreert = honoreertOf(ctx.env, 'TR379');
    const vow = honoreert.find((h) => h.soort === 'vow');
    const perNummer = new Map<number, string>();
    for (const h of honoreert) if (h.soort === 'vot') for (const n of h.toewijzingNummers) perNummer.set(n, h.referentieAanbieder);
    for (const p of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) {
      const moet = vow?.referentieAanbieder ?? perNummer.get(p.ToewijzingNummer);
      if (p.ReferentieAanbieder === moet) continue;
      const heeft = p.ReferentieAanbieder === undefined ? 'has none' : `has ${p.ReferentieAanbieder}`;
      const msg =
        moet === undefined
          ? `ToewijzingNummer ${p.ToewijzingNummer} is not sent here to honour a VOT product or VOW for the first time, so ReferentieAanbieder stays empty (IV097), but it ${heeft}`
          : `ToewijzingNummer ${p.ToewijzingNummer} honours the ${vow ? 'VOW' : 'VOT product'} with ReferentieAanbieder ${moet}, so it carries that ReferentieAanbieder, but it ${heeft}`;
      ctx.report(p, 'ReferentieAanbieder', msg);
    }
  },
});
