import { P, ruleTable } from '../../../test/rules/table.js';
import { CD005 } from './CD005.js';

ruleTable(CD005, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    {
      name: 'a foreign address without postcode has no LandCode either',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Contact.Adres = { Straatnaam: 'Rue de Test', Plaatsnaam: 'Bruxelles' }; },
    },
  ],
  invalid: [
    {
      name: 'Postcode without LandCode',
      code: 'JW301',
      mutate: (b) => { delete b.Client.Contactgegevens.Contact[0]!.Adres!.LandCode; },
      errors: [{ path: `${P.jw301Contact(1)}/jw301:Adres/ijw:LandCode`, message: 'LandCode is required because Postcode is filled' }],
    },
    {
      name: 'LandCode without Postcode',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Contact.Adres = { Plaatsnaam: 'Bruxelles', LandCode: 'BE' }; },
      errors: [{ path: `${P.jw301Relatie(2)}/jw301:Contact/jw301:Adres/ijw:LandCode`, message: 'LandCode BE must be empty' }],
    },
  ],
});
