import { P, ruleTable } from '../../../test/rules/table.js';
import { CD085 } from './CD085.js';

ruleTable(CD085, {
  valid: [
    { name: 'baseline', code: 'JW319' },
    { name: 'in onderzoek without reason', code: 'JW319', mutate: (b) => { b.Antwoord = { ReferentieAanbieder: '40A12341234', VerzoekAntwoord: '2' }; } },
  ],
  invalid: [
    {
      name: 'rejected without reason',
      code: 'JW319',
      mutate: (b) => { delete b.Antwoord.RedenAfwijzingVerzoek; delete b.Antwoord.Woonplaatsbeginsel; },
      errors: [{ path: `${P.jw319Antwoord}/jw319:RedenAfwijzingVerzoek`, message: 'Rejecting Verzoek 40A12341234' }],
    },
  ],
});
