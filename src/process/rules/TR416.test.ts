import { P, ruleTable } from '../../../test/rules/table.js';
import { TR416 } from './TR416.js';

ruleTable(TR416, {
  valid: [
    { name: 'baseline', code: 'JW323' },
    {
      name: 'a credit with the same key as a debit',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductPeriode = { Begindatum: '2026-04-01', Einddatum: '2026-04-30' }; },
    },
    {
      name: 'the same key under another client is not a double declaration (8187 at CL3)',
      code: 'JW323',
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!;
        p.ToewijzingNummer = 10072;
      },
    },
    {
      name: 'the same toewijzing and product in another ProductPeriode',
      code: 'JW323',
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!;
        p.ToewijzingNummer = 10072;
        p.ProductCode = '45A03';
        p.ProductPeriode = { Begindatum: '2026-04-16', Einddatum: '2026-04-30' };
      },
    },
  ],
  invalid: [
    {
      name: 'two debits for the same toewijzing, product and period',
      code: 'JW323',
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!;
        p.ToewijzingNummer = 10072;
        p.ProductCode = '45A03';
      },
      errors: [{ path: P.jw323Prestatie(1, 2), message: 'Debit prestatie RN002 repeats debit prestatie RN001: same ToewijzingNummer 10072, product 45/45A03 and ProductPeriode 2026-04-01..2026-04-30' }],
    },
  ],
});
