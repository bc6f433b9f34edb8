import { P, ruleTable } from '../../../test/rules/table.js';
import { CD086 } from './CD086.js';

ruleTable(CD086, {
  valid: [{ name: 'baseline (rejected with reason)', code: 'JW319' }],
  invalid: [
    {
      name: 'in onderzoek with a reason',
      code: 'JW319',
      mutate: (b) => { b.Antwoord = { ReferentieAanbieder: '40A12341234', VerzoekAntwoord: '2', RedenAfwijzingVerzoek: '3' }; },
      errors: [{ path: `${P.jw319Antwoord}/jw319:RedenAfwijzingVerzoek`, message: 'RedenAfwijzingVerzoek (3) must be empty' }],
    },
  ],
});
