import { P, ruleTable } from '../../../test/rules/table.js';
import { CS336 } from './CS336.js';

ruleTable(CS336, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    { name: 'administrative correction 14', code: 'JW301', mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[0]!.RedenWijziging = '14'; } },
  ],
  invalid: [
    {
      name: 'the withdrawn code 01',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[1]!.RedenWijziging = '01'; },
      errors: [{ path: `${P.jw301Product(2)}/jw301:RedenWijziging`, message: 'RedenWijziging 01' }],
    },
  ],
});
