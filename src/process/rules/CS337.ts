import { sameMonth } from './support.js';
import { defineRule } from './types.js';

export const CS337 = defineRule({
  meta: {
    id: 'CS337',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductPeriode Einddatum falls in the same calendar month and year as its Begindatum',
    source: 'CC file CS337; OP367; ijw-rules.md §5.2',
  },
  check(ctx) {
    for (const c of ctx.bericht.Declaratie.Clienten.Client) {
      for (const p of c.Prestaties.Prestatie) {
        const per = p.ProductPeriode;
        if (!sameMonth(per.Begindatum, per.Einddatum)) {
          ctx.report(per, 'Einddatum', `ProductPeriode ${per.Begindatum}..${per.Einddatum} spans more than one calendar month`);
        }
      }
    }
  },
});
