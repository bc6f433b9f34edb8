import { P, ruleTable } from '../../../test/rules/table.js';
import { TR383 } from './TR383.js';

ruleTable(TR383, {
  valid: [{ name: 'baseline', code: 'JW315' }],
  invalid: [
    {
      name: 'two products with the same ReferentieAanbieder (as in the official JW316 example); the TR101 key says the same',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.ReferentieAanbieder = '40A12341234'; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:ReferentieAanbieder`, message: 'ReferentieAanbieder 40A12341234' }],
      alsoReportedBy: ['TR101'],
    },
  ],
});
