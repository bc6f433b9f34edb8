import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_STARTS, stopView } from '../../../test/fixtures/neutral/startstop.js';
import { TR414 } from './TR414.js';

ruleTable(TR414, {
  valid: [
    { name: 'a definitive stop ending after the temporary one', code: 'JW307', env: { stops: [stopView(BASELINE_STARTS[0]!, '20', '2026-06-01')] } },
    { name: 'a definitive stop ending on the day of the temporary one', code: 'JW307', env: { stops: [stopView(BASELINE_STARTS[0]!, '20', '2026-07-14')] } },
  ],
  invalid: [
    {
      name: 'a definitive stop ending before the temporary one',
      code: 'JW307',
      env: { stops: [stopView(BASELINE_STARTS[0]!, '20', '2026-07-15')] },
      errors: [{ path: `${P.jw307Stop(1)}/jw307:Einddatum`, message: 'Einddatum 2026-07-14 lies before 2026-07-15' }],
    },
  ],
});
