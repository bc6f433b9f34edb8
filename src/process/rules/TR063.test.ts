import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_STARTS, stopView } from '../../../test/fixtures/neutral/startstop.js';
import { TR063 } from './TR063.js';

const stop1 = stopView(BASELINE_STARTS[0]!, '31', '2026-07-14');

ruleTable(TR063, {
  valid: [
    {
      name: 'deleting a start that was received before',
      code: 'JW305',
      mutate: (b) => { b.Client.StartProducten.StartProduct[0]!.StatusAanlevering = '3'; },
      env: { starts: [BASELINE_STARTS[0]!] },
    },
    {
      name: 'deleting a stop that was received before (same RedenBeeindiging and Einddatum)',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '3'; },
      env: { stops: [stop1] },
    },
    { name: 'status 1 classes need no earlier aanlevering', code: 'JW305' },
  ],
  invalid: [
    {
      name: 'deleting a start that was never received',
      code: 'JW305',
      mutate: (b) => { b.Client.StartProducten.StartProduct[1]!.StatusAanlevering = '3'; },
      errors: [{ path: `${P.jw305Start(2)}/jw305:StatusAanlevering`, message: 'no earlier start of this client with ToewijzingNummer 300202, Begindatum 2026-04-15' }],
    },
    {
      name: 'deleting a start whose Begindatum differs from the one received',
      code: 'JW305',
      mutate: (b) => {
        const s = b.Client.StartProducten.StartProduct[0]!;
        s.StatusAanlevering = '3';
        s.Begindatum = '2026-04-04';
      },
      env: { starts: [BASELINE_STARTS[0]!] },
      errors: [{ path: `${P.jw305Start(1)}/jw305:StatusAanlevering`, message: 'no earlier start' }],
    },
    {
      name: 'deleting a stop with another Einddatum than the one received (the stop key includes it)',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '3'; },
      env: { stops: [stopView(BASELINE_STARTS[0]!, '31', '2026-07-13')] },
      errors: [{ path: `${P.jw307Stop(1)}/jw307:StatusAanlevering`, message: 'no earlier stop' }],
    },
  ],
});
