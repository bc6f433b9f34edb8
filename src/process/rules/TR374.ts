/**
 * TR374 (berichtoverstijgend, 9374): a request (VOT or VOW) may only be sent when no other request
 * of the same provider for the same client is still pending (OP350). Pending: until a JW301 with
 * its ReferentieAanbieder or a JW319 with VerzoekAntwoord 1 was sent (TR374 toelichting); a VOT with
 * several products until each of them is answered so. The standard names no class for the code;
 * following ijw-rules.md §9.1 R1 it goes on each AangevraagdProduct of a VOT and on the Verzoek of a
 * VOW. Pending is per gemeente: the one handling the requests.
 */
import { isOnderhanden, soortNaam, verzoekenOf } from './verzoek.js';
import { defineRule } from './types.js';

export const TR374 = defineRule({
  meta: {
    id: 'TR374',
    level: 3,
    retourcode: '9374',
    berichten: ['JW315', 'JW317'],
    direction: 'in',
    description: 'No other request of this provider for this client is still pending',
    source: 'TR374.md; OP350; ijw-rules.md §4.4, §4.5, §9.1 R1',
  },
  check(ctx) {
    const { Afzender, Ontvanger } = ctx.bericht.Header;
    const bsn = ctx.bericht.Client.Bsn;
    const onderhanden = verzoekenOf(ctx.env, 'TR374').filter(
      (v) => v.agb === Afzender && v.gemeente === Ontvanger && v.bsn === bsn && isOnderhanden(v),
    );
    if (!onderhanden.length) return;
    const namen = onderhanden.map((v) => `${soortNaam(v.soort)} ${v.referentieAanbieder}`).join(', ');
    const msg = `an earlier request of this provider for this client is still pending (${namen})`;
    if (ctx.code === 'JW315') {
      for (const p of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) ctx.report(p, undefined, msg);
    } else {
      ctx.report(ctx.bericht.Client.Verzoek, undefined, msg);
    }
  },
});
