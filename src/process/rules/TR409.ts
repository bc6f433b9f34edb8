import { defineRule } from './types.js';

export const TR409 = defineRule({
  meta: {
    id: 'TR409',
    level: 2,
    retourcode: '0001',
    berichten: ['JW319'],
    direction: 'out',
    description: 'When RedenAfwijzingVerzoek is not 8 (Woonplaatsbeginsel), class Woonplaatsbeginsel is absent',
    source: 'TR409.md; ijw-rules.md §3',
  },
  check(ctx) {
    const a = ctx.bericht.Antwoord;
    if (a.RedenAfwijzingVerzoek !== '8' && a.Woonplaatsbeginsel) {
      ctx.report(a, 'Woonplaatsbeginsel',
        `Woonplaatsbeginsel is only allowed with RedenAfwijzingVerzoek 8, not with ${a.RedenAfwijzingVerzoek === undefined ? 'no RedenAfwijzingVerzoek' : `RedenAfwijzingVerzoek ${a.RedenAfwijzingVerzoek}`}`);
    }
  },
});
