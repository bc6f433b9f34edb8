/**
 * TR347 (berichtoverstijgend, 9347): a ReferentieAanbieder is unique for the provider within the
 * Jeugdwet domain (OP361): a JW315 AangevraagdProduct or a JW317 Verzoek may not use one that this
 * AGB used before in a VOT product or a VOW. Only requests of accepted messages count (ijw-rules.md
 * §9.1 N1: a rejected message was "not sent", OP286). The ledger holds every gemeente this service
 * serves, and the rule is the provider's over the whole domain, so a reuse towards another of those
 * gemeenten counts too. Uniqueness within one message is TR383 (CL2).
 */
import { soortNaam, verzoekenOf, type VerzoekView } from './verzoek.js';
import { defineRule } from './types.js';

export const TR347 = defineRule({
  meta: {
    id: 'TR347',
    level: 3,
    retourcode: '9347',
    berichten: ['JW315', 'JW317'],
    direction: 'in',
    description: 'ReferentieAanbieder was not used before by this provider in a VOT product or VOW',
    source: 'TR347.md; OP361; ijw-rules.md §4.4, §4.5, §9.1 N1',
  },
  check(ctx) {
    const agb = ctx.bericht.Header.Afzender;
    const eerder = new Map<string, VerzoekView>();
    for (const v of verzoekenOf(ctx.env, 'TR347')) if (v.agb === agb) eerder.set(v.referentieAanbieder, v);
    const why = (ref: string): string | undefined => {
      const v = eerder.get(ref);
      return v && `ReferentieAanbieder ${ref} was already used by this provider in an earlier ${soortNaam(v.soort)}`;
    };
    if (ctx.code === 'JW315') {
      for (const p of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
        const msg = why(p.ReferentieAanbieder);
        if (msg) ctx.report(p, 'ReferentieAanbieder', msg);
      }
    } else {
      const verzoek = ctx.bericht.Client.Verzoek;
      const msg = why(verzoek.ReferentieAanbieder);
      if (msg) ctx.report(verzoek, 'ReferentieAanbieder', msg);
    }
  },
});
