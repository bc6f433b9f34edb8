import { verzoekView } from '../../../test/fixtures/neutral/verzoek.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR355 } from './TR355.js';

ruleTable(TR355, {
  valid: [
    { name: 'baseline: answers an open VOT product of this provider', code: 'JW319' },
    {
      name: 'answers a VOW in onderzoek',
      code: 'JW319',
      mutate: (b) => { b.Antwoord.ReferentieAanbieder = '9003'; b.Antwoord.RedenAfwijzingVerzoek = '7'; delete b.Antwoord.Woonplaatsbeginsel; },
      env: { verzoeken: [verzoekView('9003', { soort: 'vow', status: 'in_onderzoek', antwoorden: ['2'] })] },
    },
  ],
  invalid: [
    {
      name: 'a reference no request has',
      code: 'JW319',
      mutate: (b) => { b.Antwoord.ReferentieAanbieder = 'ONBEKEND1'; },
      errors: [{ path: `${P.jw319Antwoord}/jw319:ReferentieAanbieder`, message: 'ReferentieAanbieder ONBEKEND1 is not the reference of a VOT product or VOW' }],
    },
    {
      name: "another provider's request with that reference",
      code: 'JW319',
      env: { verzoeken: [verzoekView('40A12341234', { agb: '42420002' })] },
      errors: [{ path: `${P.jw319Antwoord}/jw319:ReferentieAanbieder`, message: 'this provider sent to gemeente 0384' }],
    },
    {
      name: 'a request with that reference sent to another gemeente',
      code: 'JW319',
      env: { verzoeken: [verzoekView('40A12341234', { gemeente: '0363' })] },
      errors: [{ path: `${P.jw319Antwoord}/jw319:ReferentieAanbieder` }],
    },
  ],
});
