import { P, ruleTable } from '../../../test/rules/table.js';
import { CS089 } from './CS089.js';

const POSTCODE = `${P.jw301Contact(1)}/jw301:Adres/ijw:Postcode`;

ruleTable(CS089, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    { name: 'lower-case letters', code: 'JW301', mutate: (b) => { b.Client.Contactgegevens.Contact[0]!.Adres!.Postcode = '9999xx'; } },
    {
      name: 'a foreign postcode',
      code: 'JW301',
      mutate: (b) => { b.Client.Contactgegevens.Contact[0]!.Adres = { Huis: { Huisnummer: 1 }, Postcode: '1000', Plaatsnaam: 'Brussel', LandCode: 'BE' }; },
    },
  ],
  invalid: [
    {
      name: 'a postcode starting with 0',
      code: 'JW301',
      mutate: (b) => { b.Client.Contactgegevens.Contact[0]!.Adres!.Postcode = '0999XX'; },
      errors: [{ path: POSTCODE, message: 'Contact Soort 01' }],
    },
    {
      name: 'a postcode with a space',
      code: 'JW301',
      mutate: (b) => { b.Client.Contactgegevens.Contact[0]!.Adres!.Postcode = '9999 XX'; },
      errors: [{ path: POSTCODE }],
    },
    {
      name: 'a Relatie with a foreign-looking postcode in NL',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[0]!.Contact.Adres!.Postcode = '12345'; },
      errors: [{ path: `${P.jw301Relatie(1)}/jw301:Contact/jw301:Adres/ijw:Postcode` }],
    },
  ],
});
