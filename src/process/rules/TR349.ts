/**
 * TR349 (berichtoverstijgend, 9349): a verzoek om wijziging contains every actual toewijzing of the
 * client, each as an OngewijzigdProduct or a TeWijzigenProduct (the VOW states the complete desired
 * situation, OP308, IV092). Only the client's toewijzingen at the sending provider count: the
 * provider cannot see those of others (OP095, ijw-rules.md §4.5). Actual per §4.1 on the
 * Dagtekening (§9.1 A1, see wijziging.ts). Reported once on the Verzoek, as in the official
 * example JW318.xml, naming every missing ToewijzingNummer.
 */
import { defineRule } from './types.js';
import { isActueel, peildatum, toewijzingenOf, vanClientBijAanbieder } from './wijziging.js';

export const TR349 = defineRule({
  meta: {
    id: 'TR349',
    level: 3,
    retourcode: '9349',
    berichten: ['JW317'],
    direction: 'in',
    description: 'A verzoek om wijziging names every actual toewijzing of the client at this provider as OngewijzigdProduct or TeWijzigenProduct',
    source: 'TR349.md; OP095; OP308; IV092; ijw-rules.md §4.1, §4.5, §9.1 A1',
  },
  check(ctx) {
    const toewijzingen = toewijzingenOf(ctx.env, 'TR349');
    const b = ctx.bericht;
    const v = b.Client.Verzoek;
    const genoemd = new Set<number>([
      ...(v.OngewijzigdeProducten?.OngewijzigdProduct ?? []).map((p) => p.ToewijzingNummer),
      ...(v.TeWijzigenProducten?.TeWijzigenProduct ?? []).map((p) => p.ToewijzingNummer),
    ]);
    const peil = peildatum(b);
    const missend = [...toewijzingen.values()]
      .filter((t) => vanClientBijAanbieder(b, t) && isActueel(t, peil) && !genoemd.has(t.nummer))
      .map((t) => t.nummer)
      .sort((x, y) => x - y);
    if (missend.length > 0) {
      ctx.report(v, undefined,
        `Verzoek ${v.ReferentieAanbieder} does not name the actual toewijzing(en) ${missend.join(', ')} of this client as OngewijzigdProduct or TeWijzigenProduct`);
    }
  },
});
