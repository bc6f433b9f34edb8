import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_STARTS, stopView } from '../../../test/fixtures/neutral/startstop.js';
import { TR382 } from './TR382.js';

ruleTable(TR382, {
  valid: [
    { name: 'stops of starts that were received', code: 'JW307' },
    {
      name: 'a definitive stop of a start that was stopped temporarily',
      code: 'JW307',
      env: { stops: [stopView(BASELINE_STARTS[0]!, '20', '2026-06-01')] },
    },
  ],
  invalid: [
    {
      name: 'a stop whose Begindatum is not that of the start',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct[1]!.Begindatum = '2026-04-16'; },
      errors: [{ path: P.jw307Stop(2), message: 'no start of this client with ToewijzingNummer 300202, Begindatum 2026-04-16' }],
    },
    {
      name: 'a stop whose Product differs from the start',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct[0]!.Product = { Categorie: '55', Code: '55A19' }; },
      errors: [{ path: P.jw307Stop(1), message: 'no start of this client' }],
    },
    {
      name: 'a stop of a start that was deleted',
      code: 'JW307',
      env: { starts: [BASELINE_STARTS[1]!] },
      errors: [{ path: P.jw307Stop(1), message: 'ToewijzingNummer 300201, Begindatum 2026-04-03' }],
    },
  ],
});
