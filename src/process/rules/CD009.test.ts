import { P, ruleTable } from '../../../test/rules/table.js';
import { CD009 } from './CD009.js';

ruleTable(CD009, {
  valid: [{ name: 'baseline: Periode only on the temporary address', code: 'JW301' }],
  invalid: [
    {
      name: 'Periode on the BRP address',
      code: 'JW301',
      mutate: (b) => { b.Client.Contactgegevens.Contact[0]!.Periode = { Begindatum: '2020-01-01' }; },
      errors: [{ path: `${P.jw301Contact(1)}/jw301:Periode`, message: 'not Soort 01' }],
    },
    {
      name: 'Periode on a Relatie contact',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Contact.Periode = { Einddatum: '2027-01-01' }; },
      errors: [{ path: `${P.jw301Relatie(2)}/jw301:Contact/jw301:Periode` }],
    },
  ],
});
