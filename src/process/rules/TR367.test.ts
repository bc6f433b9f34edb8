import { P, ruleTable } from '../../../test/rules/table.js';
import { TR367 } from './TR367.js';

ruleTable(TR367, {
  valid: [{ name: 'the returned prestatie is copied unchanged', code: 'JW325' }],
  invalid: [
    {
      name: 'a changed GeleverdVolume',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.GeleverdVolume = 5; },
      errors: [{ path: P.jw325Prestatie(1, 1), message: 'RN003 differs from the one in the JW323' }],
    },
    {
      name: 'a VorigReferentieNummer added',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'RN000'; },
      errors: [{ path: P.jw325Prestatie(1, 1) }],
      // A credit reference on a debit is also CD060's business.
      alsoReportedBy: ['CD060'],
    },
  ],
});
