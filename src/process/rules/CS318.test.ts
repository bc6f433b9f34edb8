import { P, ruleTable } from '../../../test/rules/table.js';
import { CS318 } from './CS318.js';

ruleTable(CS318, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    { name: 'a Relatie may be an organisation', code: 'JW301', mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Naam.NaamGebruik = '6'; } },
  ],
  invalid: [
    {
      name: 'client as niet-natuurlijk persoon',
      code: 'JW301',
      mutate: (b) => { b.Client.Naam.NaamGebruik = '6'; },
      errors: [{ path: `${P.jw301Client}/jw301:Naam/ijw:NaamGebruik`, message: 'NaamGebruik 6' }],
    },
  ],
});
