import { addYears, forEachPrestatie } from './support.js';
import { defineRule } from './types.js';

export const TR335 = defineRule({
  meta: {
    id: 'TR335',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductPeriode Einddatum lies at most 5 years before the DeclaratieDagtekening',
    source: 'TR335.md; ijw-rules.md §3',
  },
  check(ctx) {
    const dagtekening = ctx.bericht.Declaratie.DeclaratieDagtekening;
    const limit = addYears(dagtekening, -5);
    forEachPrestatie(ctx.bericht, (p) => {
      const eind = p.ProductPeriode.Einddatum;
      if (eind < limit) {
        ctx.report(p.ProductPeriode, 'Einddatum',
          `ProductPeriode Einddatum ${eind} is more than 5 years before DeclaratieDagtekening ${dagtekening} (earliest allowed ${limit})`);
      }
    });
  },
});
