import { P, ruleTable } from '../../../test/rules/table.js';
import { TR335 } from './TR335.js';

ruleTable(TR335, {
  valid: [
    { name: 'baseline', code: 'JW323' },
    {
      name: 'Einddatum exactly 5 years before the DeclaratieDagtekening',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductPeriode = { Begindatum: '2021-05-01', Einddatum: '2021-05-06' }; },
    },
  ],
  invalid: [
    {
      name: 'a credit for a period that ended more than 5 years ago',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductPeriode = { Begindatum: '2021-05-01', Einddatum: '2021-05-05' }; },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductPeriode/ijw:Einddatum`, message: 'earliest allowed 2021-05-06' }],
    },
  ],
});
