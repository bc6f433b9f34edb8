import { P, ruleTable } from '../../../test/rules/table.js';
import { TR377 } from './TR377.js';

ruleTable(TR377, {
  valid: [
    { name: 'baseline: code 8 with Woonplaatsbeginsel', code: 'JW319' },
    { name: 'another reason without Woonplaatsbeginsel', code: 'JW319', mutate: (b) => { b.Antwoord.RedenAfwijzingVerzoek = '3'; delete b.Antwoord.Woonplaatsbeginsel; } },
  ],
  invalid: [
    {
      name: 'code 8 without Woonplaatsbeginsel',
      code: 'JW319',
      mutate: (b) => { delete b.Antwoord.Woonplaatsbeginsel; },
      errors: [{ path: `${P.jw319Antwoord}/jw319:Woonplaatsbeginsel`, message: 'RedenAfwijzingVerzoek is 8' }],
    },
  ],
});
