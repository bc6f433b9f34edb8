import { P, ruleTable } from '../../../test/rules/table.js';
import { CS100 } from './CS100.js';

ruleTable(CS100, {
  valid: [
    { name: 'baseline', code: 'JW323' },
    { name: 'January 2021', code: 'JW323', mutate: (b) => { b.Declaratie.DeclaratiePeriode = { Begindatum: '2021-01-01', Einddatum: '2021-01-31' }; } },
  ],
  invalid: [
    {
      name: 'DeclaratiePeriode in December 2020',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.DeclaratiePeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' }; },
      errors: [
        { path: `${P.jw323Declaratie}/jw323:DeclaratiePeriode/ijw:Begindatum`, message: 'DeclaratiePeriode Begindatum 2020-12-01 is before 2021-01-01' },
        { path: `${P.jw323Declaratie}/jw323:DeclaratiePeriode/ijw:Einddatum` },
      ],
    },
    {
      name: 'a credit for December 2020 (also more than 5 years old: TR335)',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductPeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' }; },
      errors: [
        { path: `${P.jw323Prestatie(2, 3)}/jw323:ProductPeriode/ijw:Begindatum`, message: 'ProductPeriode Begindatum' },
        { path: `${P.jw323Prestatie(2, 3)}/jw323:ProductPeriode/ijw:Einddatum` },
      ],
      alsoReportedBy: ['TR335'],
    },
  ],
});
