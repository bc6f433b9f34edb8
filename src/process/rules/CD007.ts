import { defineRule } from './types.js';

export const CD007 = defineRule({
  meta: {
    id: 'CD007',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'Communicatie Taal is filled when Vorm is 1 (tolk taal), and empty otherwise',
    source: 'CC file CD007; ijw-rules.md §5.1',
  },
  check(ctx) {
    const c = ctx.bericht.Client.Communicatie;
    if (!c) return;
    if (c.Vorm === '1' && c.Taal === undefined) {
      ctx.report(c, 'Taal', 'Taal is required with Communicatie Vorm 1 (tolk taal)');
    } else if (c.Vorm !== '1' && c.Taal !== undefined) {
      ctx.report(c, 'Taal', `Taal must be empty with Communicatie Vorm ${c.Vorm}; it belongs to Vorm 1 (tolk taal)`);
    }
  },
});
