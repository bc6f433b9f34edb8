import type { CDT_GeslotenPeriode } from '../../message/types.generated.js';
import { defineRule } from './types.js';

const FIRST = '2021-01-01';

export const CS100 = defineRule({
  meta: {
    id: 'CS100',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'Begindatum and Einddatum of DeclaratiePeriode and of each ProductPeriode are on or after 2021-01-01',
    source: 'CC file CS100; ijw-rules.md §5.2',
  },
  check(ctx) {
    const test = (p: CDT_GeslotenPeriode, name: string): void => {
      for (const field of ['Begindatum', 'Einddatum'] as const) {
        if (p[field] < FIRST) ctx.report(p, field, `${name} ${field} ${p[field]} is before ${FIRST}`);
      }
    };
    const d = ctx.bericht.Declaratie;
    test(d.DeclaratiePeriode, 'DeclaratiePeriode');
    for (const c of d.Clienten.Client) for (const p of c.Prestaties.Prestatie) test(p.ProductPeriode, 'ProductPeriode');
  },
});
