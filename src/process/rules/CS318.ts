import { defineRule } from './types.js';

export const CS318 = defineRule({
  meta: {
    id: 'CS318',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'The Client\'s NaamGebruik is not 6 (niet-natuurlijk persoon)',
    source: 'CC file CS318; ijw-rules.md §5.2',
  },
  check(ctx) {
    const naam = ctx.bericht.Client.Naam;
    if (naam.NaamGebruik === '6') {
      ctx.report(naam, 'NaamGebruik', 'Client NaamGebruik 6 (niet-natuurlijk persoon) is not allowed: a client is a natural person');
    }
  },
});
