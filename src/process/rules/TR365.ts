/**
 * TR365 (berichtoverstijgend, 9365; guards what we send): when a JW319 with this ReferentieAanbieder
 * was sent before, that one had VerzoekAntwoord 2 (in onderzoek): after a rejection (VerzoekAntwoord
 * 1) nothing more can follow. A JW319 the provider rejected counts as not sent (OP286).
 */
import { beantwoordVerzoek } from './verzoek.js';
import { defineRule } from './types.js';

export const TR365 = defineRule({
  meta: {
    id: 'TR365',
    level: 3,
    retourcode: '9365',
    berichten: ['JW319'],
    direction: 'out',
    description: 'An earlier JW319 with the same ReferentieAanbieder had VerzoekAntwoord 2 (in onderzoek)',
    source: 'TR365.md; OP344; ijw-rules.md §4.8',
  },
  check(ctx) {
    const a = ctx.bericht.Antwoord;
    const v = beantwoordVerzoek(ctx.env, 'TR365', ctx.bericht.Header, a.ReferentieAanbieder);
    if (v?.antwoorden.some((x) => x !== '2')) {
      ctx.report(a, undefined, `ReferentieAanbieder ${a.ReferentieAanbieder} was already rejected in an earlier JW319 (VerzoekAntwoord 1): nothing can follow it`);
    }
  },
});
