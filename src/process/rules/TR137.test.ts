import { P, ruleTable } from '../../../test/rules/table.js';
import { TR137 } from './TR137.js';

ruleTable(TR137, {
  valid: [
    { name: 'baseline JW323', code: 'JW323' },
    { name: 'baseline JW325', code: 'JW325' },
    {
      name: 'ProductPeriode ending on the Dagtekening',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-05-01', Einddatum: '2026-05-06' }; },
    },
    {
      name: 'one-day ProductPeriode',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-04-30', Einddatum: '2026-04-30' }; },
    },
  ],
  invalid: [
    {
      name: 'ProductPeriode not yet ended',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-05-01', Einddatum: '2026-05-31' }; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode/ijw:Einddatum`, message: 'Einddatum 2026-05-31 is after the Dagtekening 2026-05-06' }],
    },
    {
      name: 'ProductPeriode ending before it begins',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductPeriode = { Begindatum: '2026-04-30', Einddatum: '2026-04-01' }; },
      errors: [{ path: `${P.jw323Prestatie(1, 2)}/jw323:ProductPeriode/ijw:Einddatum`, message: 'before its Begindatum 2026-04-30' }],
    },
    {
      name: 'DeclaratiePeriode ending before it begins (not a calendar month either: CS340)',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.DeclaratiePeriode = { Begindatum: '2026-04-30', Einddatum: '2026-04-01' }; },
      errors: [{ path: `${P.jw323Declaratie}/jw323:DeclaratiePeriode/ijw:Einddatum` }],
      alsoReportedBy: ['CS340'],
    },
    {
      name: 'JW325 returns a prestatie whose period ends after the answer',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2026-05-01', Einddatum: '2026-05-31' }; },
      errors: [{ path: `${P.jw325Prestatie(1, 1)}/jw325:ProductPeriode/ijw:Einddatum` }],
    },
  ],
});
