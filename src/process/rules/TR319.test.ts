import { P, ruleTable } from '../../../test/rules/table.js';
import { TR319 } from './TR319.js';

ruleTable(TR319, {
  valid: [
    { name: 'every ProductPeriode in the DeclaratiePeriode', code: 'JW323' },
    {
      name: 'a late prestatie of an earlier month (IV090)',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-02-01', Einddatum: '2026-02-28' }; },
    },
  ],
  invalid: [
    {
      name: 'a ProductPeriode in the month after the DeclaratiePeriode',
      code: 'JW323',
      mutate: (b) => {
        // Sent in June, so May has ended (TR137); but the DeclaratiePeriode is still April.
        b.Header.BerichtIdentificatie.Dagtekening = '2026-06-05';
        b.Declaratie.DeclaratieDagtekening = '2026-06-05';
        b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-05-01', Einddatum: '2026-05-31' };
      },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode`, message: 'lies after DeclaratiePeriode 2026-04-01..2026-04-30' }],
    },
  ],
});
