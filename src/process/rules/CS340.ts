import { isWholeMonth } from './support.js';
import { defineRule } from './types.js';

export const CS340 = defineRule({
  meta: {
    id: 'CS340',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'DeclaratiePeriode is exactly one whole calendar month',
    source: 'CC file CS340; ijw-rules.md §5.2',
  },
  check(ctx) {
    const d = ctx.bericht.Declaratie;
    const p = d.DeclaratiePeriode;
    if (!isWholeMonth(p.Begindatum, p.Einddatum)) {
      ctx.report(d, 'DeclaratiePeriode', `DeclaratiePeriode ${p.Begindatum}..${p.Einddatum} is not exactly one calendar month (first to last day)`);
    }
  },
});
