import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_STARTS, stopView } from '../../../test/fixtures/neutral/startstop.js';
import { TR071 } from './TR071.js';

const verwijderEerste = (b: { Client: { StartProducten: { StartProduct: { StatusAanlevering: string }[] } } }) => {
  b.Client.StartProducten.StartProduct[0]!.StatusAanlevering = '3';
};

ruleTable(TR071, {
  valid: [
    { name: 'deleting a start that has no stop', code: 'JW305', mutate: verwijderEerste, env: { starts: [BASELINE_STARTS[0]!] } },
    {
      name: 'deleting a start whose stop belongs to another start',
      code: 'JW305',
      mutate: verwijderEerste,
      env: { starts: BASELINE_STARTS, stops: [stopView(BASELINE_STARTS[1]!, '31', '2026-07-17')] },
    },
  ],
  invalid: [
    {
      name: 'deleting a start that was stopped',
      code: 'JW305',
      mutate: verwijderEerste,
      env: { starts: [BASELINE_STARTS[0]!], stops: [stopView(BASELINE_STARTS[0]!, '20', '2026-05-01')] },
      errors: [{ path: `${P.jw305Start(1)}/jw305:StatusAanlevering`, message: 'has a stop; delete the stop first' }],
    },
  ],
});
