import { P, ruleTable } from '../../../test/rules/table.js';
import { CD025 } from './CD025.js';

ruleTable(CD025, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    {
      name: 'a foreign address without Huis',
      code: 'JW301',
      mutate: (b) => { b.Client.Contactgegevens.Contact[0]!.Adres = { Postcode: '1000', Plaatsnaam: 'Bruxelles', LandCode: 'BE' }; },
    },
  ],
  invalid: [
    {
      name: 'a Dutch address without Huis',
      code: 'JW301',
      mutate: (b) => { delete b.Client.Contactgegevens.Contact[0]!.Adres!.Huis; },
      errors: [{ path: `${P.jw301Contact(1)}/jw301:Adres/ijw:Huis`, message: 'LandCode NL, Contact Soort 01' }],
    },
  ],
});
