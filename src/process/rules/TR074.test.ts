import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_STARTS, stopView } from '../../../test/fixtures/neutral/startstop.js';
import { TR074 } from './TR074.js';

const stop1 = stopView(BASELINE_STARTS[0]!, '31', '2026-07-14');

ruleTable(TR074, {
  valid: [
    { name: 'starts not received before', code: 'JW305' },
    {
      name: 'a start sent again after it was deleted in the same message (IV008)',
      code: 'JW305',
      mutate: (b) => {
        const [first] = b.Client.StartProducten.StartProduct;
        b.Client.StartProducten.StartProduct = [{ ...first!, StatusAanlevering: '3' }, { ...first! }];
      },
      env: { starts: [BASELINE_STARTS[0]!] },
    },
    {
      name: 'a stop with another Einddatum than an earlier stop of the same start',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct[0]!.Einddatum = '2026-07-15'; },
      env: { stops: [stop1] },
      // (TR414/TR415 judge whether that second stop is allowed; the key is new.)
    },
  ],
  invalid: [
    {
      name: 'a start received before',
      code: 'JW305',
      env: { starts: [BASELINE_STARTS[1]!] },
      errors: [{ path: P.jw305Start(2), message: 'a start with ToewijzingNummer 300202, Begindatum 2026-04-15 was received before' }],
      alsoReportedBy: ['TR326'],
    },
    {
      name: 'a start received before and stopped since',
      code: 'JW305',
      env: { starts: [BASELINE_STARTS[0]!], stops: [stop1] },
      errors: [{ path: P.jw305Start(1), message: 'was received before' }],
    },
    {
      name: 'a stop received before',
      code: 'JW307',
      env: { stops: [stop1] },
      errors: [{ path: P.jw307Stop(1), message: 'RedenBeeindiging 31 and Einddatum 2026-07-14 was received before' }],
      alsoReportedBy: ['TR415'],
    },
  ],
});
