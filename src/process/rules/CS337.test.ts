import { P, ruleTable } from '../../../test/rules/table.js';
import { CS337 } from './CS337.js';

ruleTable(CS337, {
  valid: [
    { name: 'baseline', code: 'JW323' },
    { name: 'part of a month', code: 'JW323', mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-04-15', Einddatum: '2026-04-20' }; } },
  ],
  invalid: [
    {
      name: 'a period into the next month',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2026-05-01'; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode/ijw:Einddatum`, message: '2026-04-01..2026-05-01' }],
    },
    {
      name: 'the same month of another year',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductPeriode = { Begindatum: '2025-03-01', Einddatum: '2026-03-31' }; },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductPeriode/ijw:Einddatum` }],
    },
  ],
});
