import { contactsOf } from './support.js';
import { defineRule } from './types.js';

const DUTCH_POSTCODE = /^[1-9][0-9]{3}[a-zA-Z]{2}$/;

export const CS089 = defineRule({
  meta: {
    id: 'CS089',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'With LandCode NL the Postcode has the Dutch format: four digits (not starting with 0) and two letters, no space',
    source: 'CC file CS089; ijw-rules.md §5.2',
  },
  check(ctx) {
    for (const c of contactsOf(ctx.bericht)) {
      const a = c.Adres;
      if (a?.LandCode === 'NL' && a.Postcode !== undefined && !DUTCH_POSTCODE.test(a.Postcode)) {
        // The postcode itself stays out of the text: with Huisnummer it locates a person.
        ctx.report(a, 'Postcode', `Postcode does not have the Dutch format 9999XX required with LandCode NL (Contact Soort ${c.Soort})`);
      }
    }
  },
});
