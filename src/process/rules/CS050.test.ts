import { P, ruleTable } from '../../../test/rules/table.js';
import { CS050 } from './CS050.js';

ruleTable(CS050, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    { name: 'partner name used after own name (4)', code: 'JW301', mutate: (b) => { b.Client.Relaties!.Relatie[0]!.Naam.NaamGebruik = '4'; } },
    { name: 'an organisation as Relatie (6, no partner)', code: 'JW301', mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Naam.NaamGebruik = '6'; } },
  ],
  invalid: [
    {
      name: 'Partnernaam with NaamGebruik 6',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[0]!.Naam.NaamGebruik = '6'; },
      errors: [{ path: `${P.jw301Relatie(1)}/jw301:Naam/ijw:NaamGebruik`, message: 'Relatie NaamGebruik 6 is not allowed with a Partnernaam' }],
    },
    {
      name: 'client without Partnernaam using the partner\'s name',
      code: 'JW301',
      mutate: (b) => { b.Client.Naam.NaamGebruik = '2'; },
      errors: [{ path: `${P.jw301Client}/jw301:Naam/ijw:NaamGebruik`, message: 'without a Partnernaam' }],
    },
    {
      name: 'pseudonym (5) is never allowed',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Naam.NaamGebruik = '5'; },
      errors: [{ path: `${P.jw301Relatie(2)}/jw301:Naam/ijw:NaamGebruik` }],
    },
  ],
});
