import { P, ruleTable } from '../../../test/rules/table.js';
import { TR061 } from './TR061.js';

ruleTable(TR061, {
  valid: [
    { name: 'baseline (BRP address)', code: 'JW301' },
    { name: 'correspondence address only', code: 'JW301', mutate: (b) => { b.Client.Contactgegevens.Contact[0]!.Soort = '02'; } },
  ],
  invalid: [
    {
      name: 'only a temporary address (Soort 04)',
      code: 'JW301',
      mutate: (b) => { b.Client.Contactgegevens.Contact.shift(); },
      errors: [{ path: `${P.jw301Client}/jw301:Contactgegevens`, message: 'Soort present: 04' }],
    },
    {
      name: 'Soort 02 without an Adres (phone only)',
      code: 'JW301',
      mutate: (b) => {
        const c = b.Client.Contactgegevens.Contact[0]!;
        c.Soort = '02';
        delete c.Adres;
      },
      errors: [{ path: `${P.jw301Client}/jw301:Contactgegevens` }],
    },
  ],
});
