import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_STARTS, stopView } from '../../../test/fixtures/neutral/startstop.js';
import { TR326 } from './TR326.js';

const eerdereStart = { ...BASELINE_STARTS[0]!, begindatum: '2026-04-01' };

ruleTable(TR326, {
  valid: [
    { name: 'the first starts of the toegewezen producten', code: 'JW305' },
    {
      name: 'a new start after the earlier one was stopped temporarily',
      code: 'JW305',
      env: { starts: [eerdereStart], stops: [stopView(eerdereStart, '20', '2026-04-02')] },
    },
    {
      name: 'a new start replacing one deleted in the same message',
      code: 'JW305',
      mutate: (b) => {
        const [first] = b.Client.StartProducten.StartProduct;
        b.Client.StartProducten.StartProduct = [{ ...first!, Begindatum: '2026-04-01', StatusAanlevering: '3' }, { ...first! }];
      },
      env: { starts: [eerdereStart] },
    },
  ],
  invalid: [
    {
      name: 'a start while an earlier start of the same toewijzing was not stopped',
      code: 'JW305',
      env: { starts: [eerdereStart] },
      errors: [{ path: P.jw305Start(1), message: 'already has a start that was not stopped or deleted' }],
    },
    {
      name: 'two starts of the same toewijzing in one message',
      code: 'JW305',
      mutate: (b) => {
        const [first] = b.Client.StartProducten.StartProduct;
        b.Client.StartProducten.StartProduct = [first!, { ...first!, Begindatum: '2026-04-10' }];
      },
      errors: [{ path: P.jw305Start(2), message: 'ToewijzingNummer 300201, Begindatum 2026-04-10' }],
    },
  ],
});
