import { defineRule } from './types.js';

export const TR018 = defineRule({
  meta: {
    id: 'TR018',
    level: 2,
    retourcode: '0001',
    berichten: ['JW307'],
    direction: 'in',
    description: 'StopProduct Einddatum is on or after its Begindatum',
    source: 'TR018.md; ijw-rules.md §3',
  },
  check(ctx) {
    for (const s of ctx.bericht.Client.StopProducten.StopProduct) {
      if (s.Einddatum < s.Begindatum) {
        ctx.report(s, 'Einddatum', `Einddatum ${s.Einddatum} is before Begindatum ${s.Begindatum}`);
      }
    }
  },
});
