/**
 * CS002 on every Bsn the CC file marks: Client.Bsn of JW301, JW305, JW307, JW315, JW317, JW323 and
 * JW325. The CC file lists no CS/CD for the retourberichten (JW302/306/308/316/318/320, "JW Retour":
 * only RS on the header), so they are not checked here: they echo a heenbericht that already
 * passed CS002.
 */
import { clientsOf, elfproef } from './support.js';
import { defineRule } from './types.js';

export const CS002 = defineRule({
  meta: {
    id: 'CS002',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW323', 'JW325'],
    direction: 'both',
    description: 'Every Client Bsn passes the 11-test',
    source: 'CC file CS002; elfproef.md; ijw-rules.md §5.2',
  },
  check(ctx) {
    // The number itself never goes into the message text.
    const msg = 'Bsn fails the 11-test';
    if (ctx.code === 'JW323' || ctx.code === 'JW325') {
      for (const c of clientsOf(ctx.bericht)) if (!elfproef(c.Bsn)) ctx.report(c, 'Bsn', msg);
      return;
    }
    const c = ctx.bericht.Client;
    if (!elfproef(c.Bsn)) ctx.report(c, 'Bsn', msg);
  },
});
