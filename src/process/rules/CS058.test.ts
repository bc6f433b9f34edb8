import { P, ruleTable } from '../../../test/rules/table.js';
import { CS058 } from './CS058.js';

ruleTable(CS058, {
  valid: [
    { name: 'baseline JW305', code: 'JW305' },
    { name: 'baseline JW307', code: 'JW307' },
    { name: 'a deletion (3)', code: 'JW307', mutate: (b) => { b.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '3'; } },
  ],
  invalid: [
    {
      name: 'JW305 with a changed delivery (2)',
      code: 'JW305',
      mutate: (b) => { b.Client.StartProducten.StartProduct[1]!.StatusAanlevering = '2'; },
      errors: [{ path: `${P.jw305Start(2)}/jw305:StatusAanlevering`, message: 'StatusAanlevering 2' }],
    },
    {
      name: 'JW307 with "niet van toepassing" (9)',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '9'; },
      errors: [{ path: `${P.jw307Stop(1)}/jw307:StatusAanlevering` }],
    },
  ],
});
