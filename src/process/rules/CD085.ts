import { defineRule } from './types.js';

export const CD085 = defineRule({
  meta: {
    id: 'CD085',
    level: 2,
    retourcode: '0001',
    berichten: ['JW319'],
    direction: 'out',
    description: 'RedenAfwijzingVerzoek is filled when VerzoekAntwoord is 1 (verzoek afgewezen)',
    source: 'CC file CD085; ijw-rules.md §5.1',
  },
  check(ctx) {
    const a = ctx.bericht.Antwoord;
    if (a.VerzoekAntwoord === '1' && a.RedenAfwijzingVerzoek === undefined) {
      ctx.report(a, 'RedenAfwijzingVerzoek', `Rejecting Verzoek ${a.ReferentieAanbieder} (VerzoekAntwoord 1) requires a RedenAfwijzingVerzoek`);
    }
  },
});
