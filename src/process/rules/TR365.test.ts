import { verzoekView } from '../../../test/fixtures/neutral/verzoek.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR365 } from './TR365.js';

ruleTable(TR365, {
  valid: [
    { name: 'baseline: the first answer', code: 'JW319' },
    { name: 'a rejection after in onderzoek', code: 'JW319', env: { verzoeken: [verzoekView('40A12341234', { status: 'in_onderzoek', antwoorden: ['2'] })] } },
  ],
  invalid: [
    {
      name: 'a second rejection',
      code: 'JW319',
      env: { verzoeken: [verzoekView('40A12341234', { status: 'afgewezen', antwoorden: ['1'] })] },
      errors: [{ path: P.jw319Antwoord, message: 'ReferentieAanbieder 40A12341234 was already rejected' }],
    },
    {
      name: 'in onderzoek after in onderzoek and a rejection (TR360 too)',
      code: 'JW319',
      mutate: (b) => { b.Antwoord.VerzoekAntwoord = '2'; delete b.Antwoord.RedenAfwijzingVerzoek; delete b.Antwoord.Woonplaatsbeginsel; },
      env: { verzoeken: [verzoekView('40A12341234', { status: 'afgewezen', antwoorden: ['2', '1'] })] },
      errors: [{ path: P.jw319Antwoord, message: 'nothing can follow it' }],
      alsoReportedBy: ['TR360'],
    },
  ],
});
