import { contactsOf } from './support.js';
import { defineRule } from './types.js';

export const TR006 = defineRule({
  meta: {
    id: 'TR006',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'Every Contact (of the Client and of each Relatie) contains Telefoon, or Adres with both Huis and Postcode',
    source: 'TR006.md; OP130; ijw-rules.md §3',
  },
  check(ctx) {
    for (const c of contactsOf(ctx.bericht)) {
      if (c.Telefoon) continue;
      if (c.Adres?.Huis && c.Adres.Postcode !== undefined) continue;
      ctx.report(c, undefined, `Contact with Soort ${c.Soort} has neither Telefoon nor an Adres with Huis and Postcode`);
    }
  },
});
