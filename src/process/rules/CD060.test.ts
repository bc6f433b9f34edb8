import { P, ruleTable } from '../../../test/rules/table.js';
import { CD060 } from './CD060.js';

ruleTable(CD060, {
  valid: [
    { name: 'baseline JW323 (debits without, credit with VorigReferentieNummer)', code: 'JW323' },
    { name: 'baseline JW325', code: 'JW325' },
  ],
  invalid: [
    {
      name: 'credit without VorigReferentieNummer',
      code: 'JW323',
      mutate: (b) => { delete b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductReferentie.VorigReferentieNummer; },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie/ijw:VorigReferentieNummer`, message: 'Credit prestatie RN005' }],
    },
    {
      name: 'debit with VorigReferentieNummer',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'RN900'; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductReferentie/ijw:VorigReferentieNummer`, message: 'Debit prestatie RN001 must not have a VorigReferentieNummer (RN900)' }],
    },
    {
      name: 'JW325 returns a debit with VorigReferentieNummer',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'RN900'; },
      errors: [{ path: `${P.jw325Prestatie(1, 1)}/jw325:ProductReferentie/ijw:VorigReferentieNummer` }],
    },
  ],
});
