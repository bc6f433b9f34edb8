import type { JW319Bericht } from '../../message/types.generated.js';
import { verzoekView } from '../../../test/fixtures/neutral/verzoek.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR360 } from './TR360.js';

const inOnderzoek = (b: JW319Bericht): void => {
  b.Antwoord.VerzoekAntwoord = '2';
  delete b.Antwoord.RedenAfwijzingVerzoek;
  delete b.Antwoord.Woonplaatsbeginsel;
};

ruleTable(TR360, {
  valid: [
    { name: 'in onderzoek as the first answer', code: 'JW319', mutate: inOnderzoek },
    { name: 'a rejection after in onderzoek', code: 'JW319', env: { verzoeken: [verzoekView('40A12341234', { status: 'in_onderzoek', antwoorden: ['2'] })] } },
  ],
  invalid: [
    {
      name: 'in onderzoek a second time',
      code: 'JW319',
      mutate: inOnderzoek,
      env: { verzoeken: [verzoekView('40A12341234', { status: 'in_onderzoek', antwoorden: ['2'] })] },
      errors: [{ path: `${P.jw319Antwoord}/jw319:VerzoekAntwoord`, message: 'was already sent (VerzoekAntwoord 2)' }],
    },
    {
      name: 'in onderzoek after a rejection (TR365 too)',
      code: 'JW319',
      mutate: inOnderzoek,
      env: { verzoeken: [verzoekView('40A12341234', { status: 'afgewezen', antwoorden: ['1'] })] },
      errors: [{ path: `${P.jw319Antwoord}/jw319:VerzoekAntwoord`, message: '"in onderzoek" is answered once' }],
      alsoReportedBy: ['TR365'],
    },
  ],
});
