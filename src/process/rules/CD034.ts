/**
 * CD034 hangs on Contact.Adres in the CC file ("Adres_Adres"), which flattens the CDT_Adres
 * children; what it makes mandatory for Soort 01/03 is the Postcode (ijw-rules.md §5.1). Without
 * an Adres there is no Postcode either, so then the missing Adres is reported.
 */
import { contactsOf } from './support.js';
import { defineRule } from './types.js';

export const CD034 = defineRule({
  meta: {
    id: 'CD034',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'Adres Postcode is filled when the Contact Soort is 01 (BRP-adres) or 03 (verblijfadres)',
    source: 'CC file CD034; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const c of contactsOf(ctx.bericht)) {
      if (c.Soort !== '01' && c.Soort !== '03') continue;
      if (!c.Adres) ctx.report(c, 'Adres', `Contact with Soort ${c.Soort} needs an Adres with Postcode`);
      else if (c.Adres.Postcode === undefined) ctx.report(c.Adres, 'Postcode', `Postcode is required for a Contact with Soort ${c.Soort}`);
    }
  },
});
