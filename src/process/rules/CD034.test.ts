import { P, ruleTable } from '../../../test/rules/table.js';
import { CD034 } from './CD034.js';

ruleTable(CD034, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    { name: 'a correspondence address (02) needs no Postcode', code: 'JW301', mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Contact.Adres = { Straatnaam: 'Postbus', Plaatsnaam: 'Voorbeeldstad' }; } },
  ],
  invalid: [
    {
      name: 'BRP address without Postcode',
      code: 'JW301',
      mutate: (b) => {
        const a = b.Client.Contactgegevens.Contact[0]!.Adres!;
        delete a.Postcode;
        delete a.LandCode;
      },
      errors: [{ path: `${P.jw301Contact(1)}/jw301:Adres/ijw:Postcode`, message: 'Postcode is required for a Contact with Soort 01' }],
    },
    {
      name: 'verblijfadres of a Relatie without any Adres',
      code: 'JW301',
      mutate: (b) => {
        const c = b.Client.Relaties!.Relatie[0]!.Contact;
        c.Soort = '03';
        delete c.Adres;
      },
      errors: [{ path: `${P.jw301Relatie(1)}/jw301:Contact/jw301:Adres`, message: 'Soort 03 needs an Adres' }],
    },
  ],
});
