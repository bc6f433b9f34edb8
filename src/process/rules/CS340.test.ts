import { P, ruleTable } from '../../../test/rules/table.js';
import { CS340 } from './CS340.js';

const PERIODE = `${P.jw323Declaratie}/jw323:DeclaratiePeriode`;

ruleTable(CS340, {
  valid: [
    { name: 'baseline: April', code: 'JW323' },
    { name: 'February of a leap year', code: 'JW323', mutate: (b) => { b.Declaratie.DeclaratiePeriode = { Begindatum: '2028-02-01', Einddatum: '2028-02-29' }; } },
    { name: 'December', code: 'JW323', mutate: (b) => { b.Declaratie.DeclaratiePeriode = { Begindatum: '2025-12-01', Einddatum: '2025-12-31' }; } },
  ],
  invalid: [
    {
      name: 'one day short',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.DeclaratiePeriode.Einddatum = '2026-04-29'; },
      errors: [{ path: PERIODE, message: '2026-04-01..2026-04-29' }],
    },
    { name: 'not from the first', code: 'JW323', mutate: (b) => { b.Declaratie.DeclaratiePeriode.Begindatum = '2026-04-02'; }, errors: [{ path: PERIODE }] },
    { name: 'two months', code: 'JW323', mutate: (b) => { b.Declaratie.DeclaratiePeriode.Begindatum = '2026-03-01'; }, errors: [{ path: PERIODE }] },
    {
      name: 'February of a common year ending on the 27th',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.DeclaratiePeriode = { Begindatum: '2026-02-01', Einddatum: '2026-02-27' }; },
      errors: [{ path: PERIODE }],
    },
  ],
});
