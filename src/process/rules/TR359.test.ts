import { verzoekView } from '../../../test/fixtures/neutral/verzoek.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR359 } from './TR359.js';

ruleTable(TR359, {
  valid: [
    { name: 'baseline: the request is open', code: 'JW319' },
    { name: 'a rejection after in onderzoek', code: 'JW319', env: { verzoeken: [verzoekView('40A12341234', { status: 'in_onderzoek', antwoorden: ['2'] })] } },
  ],
  invalid: [
    {
      name: 'a JW301 already honoured the request',
      code: 'JW319',
      env: { verzoeken: [verzoekView('40A12341234', { status: 'toegewezen' })] },
      errors: [{ path: P.jw319Antwoord, message: 'a JW301 honouring ReferentieAanbieder 40A12341234 was already sent' }],
    },
    {
      name: 'in onderzoek after a JW301 honoured the request in onderzoek',
      code: 'JW319',
      mutate: (b) => { b.Antwoord.VerzoekAntwoord = '2'; delete b.Antwoord.RedenAfwijzingVerzoek; delete b.Antwoord.Woonplaatsbeginsel; },
      env: { verzoeken: [verzoekView('40A12341234', { status: 'toegewezen' })] },
      errors: [{ path: P.jw319Antwoord, message: 'the request is answered' }],
    },
  ],
});
