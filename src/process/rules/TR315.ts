import { forEachPrestatie } from './support.js';
import { defineRule } from './types.js';

export const TR315 = defineRule({
  meta: {
    id: 'TR315',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'Each VorigReferentieNummer occurs at most once in the declaration (a prestatie is credited once)',
    source: 'TR315.md; ijw-rules.md §3',
  },
  check(ctx) {
    const seen = new Set<string>();
    forEachPrestatie(ctx.bericht, (p) => {
      const ref = p.ProductReferentie;
      const vorig = ref.VorigReferentieNummer;
      if (vorig === undefined) return;
      if (seen.has(vorig)) ctx.report(ref, 'VorigReferentieNummer', `VorigReferentieNummer ${vorig} occurs more than once in the message`);
      else seen.add(vorig);
    });
  },
});
