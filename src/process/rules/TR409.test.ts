import { P, ruleTable } from '../../../test/rules/table.js';
import { TR409 } from './TR409.js';

ruleTable(TR409, {
  valid: [
    { name: 'baseline: code 8 with Woonplaatsbeginsel', code: 'JW319' },
    { name: 'in onderzoek, no Woonplaatsbeginsel', code: 'JW319', mutate: (b) => { b.Antwoord.VerzoekAntwoord = '2'; delete b.Antwoord.RedenAfwijzingVerzoek; delete b.Antwoord.Woonplaatsbeginsel; } },
  ],
  invalid: [
    {
      name: 'Woonplaatsbeginsel with another reason',
      code: 'JW319',
      mutate: (b) => { b.Antwoord.RedenAfwijzingVerzoek = '5'; },
      errors: [{ path: `${P.jw319Antwoord}/jw319:Woonplaatsbeginsel`, message: 'not with RedenAfwijzingVerzoek 5' }],
    },
    {
      name: 'Woonplaatsbeginsel on an answer "in onderzoek"',
      code: 'JW319',
      mutate: (b) => { b.Antwoord.VerzoekAntwoord = '2'; delete b.Antwoord.RedenAfwijzingVerzoek; },
      errors: [{ path: `${P.jw319Antwoord}/jw319:Woonplaatsbeginsel`, message: 'no RedenAfwijzingVerzoek' }],
    },
  ],
});
