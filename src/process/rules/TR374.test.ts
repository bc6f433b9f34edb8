import { BSN } from '../../../test/fixtures/berichten.js';
import { verzoekView } from '../../../test/fixtures/neutral/verzoek.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR374 } from './TR374.js';

ruleTable(TR374, {
  valid: [
    { name: 'JW315 baseline: nothing pending', code: 'JW315' },
    { name: 'JW317 baseline: nothing pending', code: 'JW317' },
    {
      name: 'answered requests of the client, pending ones of another client, provider or gemeente',
      code: 'JW315',
      env: {
        verzoeken: [
          verzoekView('A1', { status: 'toegewezen' }),
          verzoekView('A2', { soort: 'vow', status: 'afgewezen' }),
          verzoekView('A3', { bsn: BSN.B }),
          verzoekView('A4', { agb: '42420002', status: 'in_onderzoek' }),
          verzoekView('A5', { gemeente: '0363' }),
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a VOT while a VOT product of the client is still open: on every AangevraagdProduct',
      code: 'JW315',
      env: { verzoeken: [verzoekView('A1'), verzoekView('A2', { status: 'toegewezen' })] },
      errors: [
        { path: P.jw315Product(1), message: 'still pending (VOT product A1)' },
        { path: P.jw315Product(2), message: 'still pending (VOT product A1)' },
      ],
    },
    {
      name: 'a VOW while a VOW of the client is in onderzoek: on the Verzoek',
      code: 'JW317',
      env: { verzoeken: [verzoekView('9001', { soort: 'vow', status: 'in_onderzoek', antwoorden: ['2'] })] },
      errors: [{ path: P.jw317Verzoek, message: 'an earlier request of this provider for this client is still pending (VOW 9001)' }],
    },
  ],
});
