import { contactsOf } from './support.js';
import { defineRule } from './types.js';

export const CD025 = defineRule({
  meta: {
    id: 'CD025',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'Adres Huis is filled when LandCode is NL',
    source: 'CC file CD025; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const c of contactsOf(ctx.bericht)) {
      if (c.Adres?.LandCode === 'NL' && !c.Adres.Huis) {
        ctx.report(c.Adres, 'Huis', `Huis is required for a Dutch address (LandCode NL, Contact Soort ${c.Soort})`);
      }
    }
  },
});
