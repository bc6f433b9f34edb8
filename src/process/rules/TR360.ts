/**
 * TR360 (berichtoverstijgend, 9360; guards what we send): a JW319 with VerzoekAntwoord 2 (Aanvraag
 * in onderzoek) only when no JW319 with this ReferentieAanbieder was sent yet: "in onderzoek" is said
 * once, then a JW301 or a JW319 with VerzoekAntwoord 1 follows. A JW319 the provider rejected counts
 * as not sent (OP286).
 */
import { beantwoordVerzoek } from './verzoek.js';
import { defineRule } from './types.js';

export const TR360 = defineRule({
  meta: {
    id: 'TR360',
    level: 3,
    retourcode: '9360',
    berichten: ['JW319'],
    direction: 'out',
    description: 'VerzoekAntwoord 2 (in onderzoek) only when no JW319 with this ReferentieAanbieder was sent before',
    source: 'TR360.md; OP274; OP346; ijw-rules.md §4.8',
  },
  check(ctx) {
    const a = ctx.bericht.Antwoord;
    if (a.VerzoekAntwoord !== '2') return;
    const v = beantwoordVerzoek(ctx.env, 'TR360', ctx.bericht.Header, a.ReferentieAanbieder);
    if (v && v.antwoorden.length) {
      ctx.report(a, 'VerzoekAntwoord', `a JW319 for ReferentieAanbieder ${a.ReferentieAanbieder} was already sent (VerzoekAntwoord ${v.antwoorden.join(', ')}): "in onderzoek" is answered once`);
    }
  },
});
