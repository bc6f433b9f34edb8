import { P, ruleTable } from '../../../test/rules/table.js';
import { BSN } from '../../../test/fixtures/berichten.js';
import { TR366 } from './TR366.js';

ruleTable(TR366, {
  valid: [{ name: 'the returned prestatie is one of the JW323, under its client', code: 'JW325' }],
  invalid: [
    {
      name: 'a ReferentieNummer the JW323 does not have',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer = 'RN999'; },
      errors: [{ path: `${P.jw325Prestatie(1, 1)}/jw325:ProductReferentie`, message: 'RN999 is not a prestatie of the JW323' }],
    },
    {
      name: 'a prestatie returned under another client',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.Clienten!.Client[0]!.Bsn = BSN.A; },
      errors: [{ path: `${P.jw325Prestatie(1, 1)}/jw325:ProductReferentie`, message: 'belongs to another client' }],
    },
  ],
});
