import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_STARTS, stopView } from '../../../test/fixtures/neutral/startstop.js';
import { TR415 } from './TR415.js';

ruleTable(TR415, {
  valid: [
    { name: 'a definitive stop after a temporary one', code: 'JW307', env: { stops: [stopView(BASELINE_STARTS[0]!, '20', '2026-06-01')] } },
    {
      name: 'a corrected definitive stop after deleting the first in the same message',
      code: 'JW307',
      mutate: (b) => {
        const [first, second] = b.Client.StopProducten.StopProduct;
        b.Client.StopProducten.StopProduct = [{ ...first!, Einddatum: '2026-07-10', StatusAanlevering: '3' }, first!, second!];
      },
      env: { stops: [stopView(BASELINE_STARTS[0]!, '31', '2026-07-10')] },
    },
  ],
  invalid: [
    {
      name: 'a stop after a definitive stop of the same start',
      code: 'JW307',
      env: { stops: [stopView(BASELINE_STARTS[1]!, '31', '2026-07-01')] },
      errors: [{ path: P.jw307Stop(2), message: 'already stopped definitively' }],
    },
  ],
});
