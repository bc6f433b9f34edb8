import { defineRule } from './types.js';

export const CD086 = defineRule({
  meta: {
    id: 'CD086',
    level: 2,
    retourcode: '0001',
    berichten: ['JW319'],
    direction: 'out',
    description: 'RedenAfwijzingVerzoek is empty when VerzoekAntwoord is 2 (aanvraag in onderzoek)',
    source: 'CC file CD086; ijw-rules.md §5.1',
  },
  check(ctx) {
    const a = ctx.bericht.Antwoord;
    if (a.VerzoekAntwoord === '2' && a.RedenAfwijzingVerzoek !== undefined) {
      ctx.report(a, 'RedenAfwijzingVerzoek',
        `Verzoek ${a.ReferentieAanbieder} is in onderzoek (VerzoekAntwoord 2), so RedenAfwijzingVerzoek (${a.RedenAfwijzingVerzoek}) must be empty`);
    }
  },
});
