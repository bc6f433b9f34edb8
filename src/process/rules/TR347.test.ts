import { verzoekView } from '../../../test/fixtures/neutral/verzoek.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR347 } from './TR347.js';

ruleTable(TR347, {
  valid: [
    { name: 'JW315 baseline: references never used', code: 'JW315' },
    { name: 'JW317 baseline: reference never used', code: 'JW317' },
    {
      name: 'the same reference used by another provider',
      code: 'JW315',
      env: { verzoeken: [verzoekView('40A12341234', { agb: '42420002', status: 'toegewezen' })] },
    },
    {
      name: 'other references of this provider used before',
      code: 'JW317',
      env: { verzoeken: [verzoekView('9002', { soort: 'vow', status: 'afgewezen' }), verzoekView('40A12341234', { status: 'toegewezen' })] },
    },
  ],
  invalid: [
    {
      name: 'a VOT product reuses the reference of an earlier VOT product of this provider',
      code: 'JW315',
      env: { verzoeken: [verzoekView('40A12341235', { status: 'toegewezen' })] },
      errors: [{ path: `${P.jw315Product(2)}/jw315:ReferentieAanbieder`, message: 'ReferentieAanbieder 40A12341235 was already used by this provider in an earlier VOT product' }],
    },
    {
      name: 'both VOT products reuse references, one of them from a VOW to another gemeente',
      code: 'JW315',
      env: { verzoeken: [verzoekView('40A12341234', { status: 'afgewezen' }), verzoekView('40A12341235', { soort: 'vow', gemeente: '0363', status: 'open' })] },
      errors: [
        { path: `${P.jw315Product(1)}/jw315:ReferentieAanbieder`, message: 'earlier VOT product' },
        { path: `${P.jw315Product(2)}/jw315:ReferentieAanbieder`, message: 'earlier VOW' },
      ],
    },
    {
      name: 'a VOW reuses the reference of an earlier VOW',
      code: 'JW317',
      env: { verzoeken: [verzoekView('9003', { soort: 'vow', status: 'toegewezen', bsn: '999900018' })] },
      errors: [{ path: `${P.jw317Verzoek}/jw317:ReferentieAanbieder`, message: 'ReferentieAanbieder 9003 was already used by this provider in an earlier VOW' }],
    },
  ],
});
