import { P, ruleTable } from '../../../test/rules/table.js';
import { TR318 } from './TR318.js';

const laatste = (laatstePeriode: string | null) => ({ declaraties: { nummers: new Set<string>(), laatstePeriode } });

ruleTable(TR318, {
  valid: [
    { name: 'the month after the last DeclaratiePeriode', code: 'JW323' },
    { name: "the provider's first declaration", code: 'JW323', env: laatste(null) },
    { name: 'the same month again (a second declaration for it, IV090)', code: 'JW323', env: laatste('2026-04-01') },
    { name: 'after months without care (a gap, OP284)', code: 'JW323', env: laatste('2026-01-01') },
  ],
  invalid: [
    {
      name: 'a DeclaratiePeriode before the last one submitted',
      code: 'JW323',
      env: laatste('2026-05-01'),
      errors: [{ path: `${P.jw323Declaratie}/jw323:DeclaratiePeriode`, message: 'lies before 2026-05' }],
    },
    {
      name: 'a year back',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.DeclaratiePeriode = { Begindatum: '2025-04-01', Einddatum: '2025-04-30' }; },
      env: laatste('2026-03-01'),
      errors: [{ path: `${P.jw323Declaratie}/jw323:DeclaratiePeriode`, message: 'never go back' }],
      // The prestaties of April 2026 then lie after the DeclaratiePeriode.
      alsoReportedBy: ['TR319'],
    },
  ],
});
