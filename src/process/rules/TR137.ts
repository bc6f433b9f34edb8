/**
 * TR137 names no element (GAP 9.1-S2). "The Einddatum of the indicated period" in JW323/JW325 is
 * the end of DeclaratiePeriode (JW323) and of every ProductPeriode: a period can only be declared
 * once it has ended, and not before it began (ijw-rules.md §3).
 */
import type { CDT_GeslotenPeriode } from '../../message/types.generated.js';
import { forEachPrestatie } from './support.js';
import { defineRule } from './types.js';

export const TR137 = defineRule({
  meta: {
    id: 'TR137',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323', 'JW325'],
    direction: 'both',
    description: 'Einddatum of DeclaratiePeriode and of each ProductPeriode is on or after its Begindatum and not after the Dagtekening',
    source: 'TR137.md; ijw-rules.md §3, §9.1-S2',
  },
  check(ctx) {
    const dagtekening = ctx.bericht.Header.BerichtIdentificatie.Dagtekening;
    const test = (p: CDT_GeslotenPeriode, name: string): void => {
      if (p.Einddatum < p.Begindatum) {
        ctx.report(p, 'Einddatum', `${name} Einddatum ${p.Einddatum} is before its Begindatum ${p.Begindatum}`);
      } else if (p.Einddatum > dagtekening) {
        ctx.report(p, 'Einddatum', `${name} Einddatum ${p.Einddatum} is after the Dagtekening ${dagtekening} of the message`);
      }
    };
    if (ctx.code === 'JW323') test(ctx.bericht.Declaratie.DeclaratiePeriode, 'DeclaratiePeriode');
    forEachPrestatie(ctx.bericht, (p) => test(p.ProductPeriode, 'ProductPeriode'));
  },
});
