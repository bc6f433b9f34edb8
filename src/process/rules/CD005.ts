import { contactsOf } from './support.js';
import { defineRule } from './types.js';

export const CD005 = defineRule({
  meta: {
    id: 'CD005',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'Adres LandCode is filled when Postcode is filled, and empty otherwise',
    source: 'CC file CD005; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const c of contactsOf(ctx.bericht)) {
      const a = c.Adres;
      if (!a) continue;
      if (a.Postcode !== undefined && a.LandCode === undefined) {
        ctx.report(a, 'LandCode', `LandCode is required because Postcode is filled (Contact Soort ${c.Soort})`);
      } else if (a.Postcode === undefined && a.LandCode !== undefined) {
        ctx.report(a, 'LandCode', `LandCode ${a.LandCode} must be empty because Postcode is empty (Contact Soort ${c.Soort})`);
      }
    }
  },
});
