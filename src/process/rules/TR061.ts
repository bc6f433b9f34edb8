import { defineRule } from './types.js';

const SOORTEN = new Set(['01', '02', '03']);

export const TR061 = defineRule({
  meta: {
    id: 'TR061',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'The Client has at least one Contact with Soort 01 (BRP), 02 (correspondentie) or 03 (verblijf) that carries an Adres',
    source: 'TR061.md; IV047; ijw-rules.md §3',
  },
  check(ctx) {
    const client = ctx.bericht.Client;
    // TR061 speaks of an "Adres" with a Soort: the class that 3.x renamed to Contact, where the
    // address itself became optional. We require the Adres too: the text asks for an address, and
    // a Contact of these kinds without one serves no one (IV047). Stricter only for what we send.
    const ok = client.Contactgegevens.Contact.some((c) => SOORTEN.has(c.Soort) && c.Adres !== undefined);
    if (!ok) {
      const soorten = client.Contactgegevens.Contact.map((c) => c.Soort).join(', ');
      ctx.report(client, 'Contactgegevens', `Client has no Contact with an Adres of Soort 01, 02 or 03 (Soort present: ${soorten})`);
    }
  },
});
