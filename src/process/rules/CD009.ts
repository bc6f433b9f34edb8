import { contactsOf } from './support.js';
import { defineRule } from './types.js';

export const CD009 = defineRule({
  meta: {
    id: 'CD009',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'Contact Periode is only filled when Soort is 04 (tijdelijk verblijfadres)',
    source: 'CC file CD009; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const c of contactsOf(ctx.bericht)) {
      if (c.Periode && c.Soort !== '04') {
        ctx.report(c, 'Periode', `Periode is only allowed on a Contact with Soort 04 (tijdelijk verblijfadres), not Soort ${c.Soort}`);
      }
    }
  },
});
