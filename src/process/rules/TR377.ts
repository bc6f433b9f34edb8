import { defineRule } from './types.js';

export const TR377 = defineRule({
  meta: {
    id: 'TR377',
    level: 2,
    retourcode: '0001',
    berichten: ['JW319'],
    direction: 'out',
    description: 'When RedenAfwijzingVerzoek is 8 (Woonplaatsbeginsel), class Woonplaatsbeginsel is present',
    source: 'TR377.md; ijw-rules.md §3',
  },
  check(ctx) {
    const a = ctx.bericht.Antwoord;
    if (a.RedenAfwijzingVerzoek === '8' && !a.Woonplaatsbeginsel) {
      ctx.report(a, 'Woonplaatsbeginsel', 'RedenAfwijzingVerzoek is 8 (Woonplaatsbeginsel) but Woonplaatsbeginsel with the responsible Gemeente is missing');
    }
  },
});
