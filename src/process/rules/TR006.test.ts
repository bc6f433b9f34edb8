import { P, ruleTable } from '../../../test/rules/table.js';
import { TR006 } from './TR006.js';

ruleTable(TR006, {
  valid: [
    { name: 'baseline: phone only, address only, and both', code: 'JW301' },
    {
      name: 'Huis and Postcode without Telefoon',
      code: 'JW301',
      mutate: (b) => { delete b.Client.Contactgegevens.Contact[0]!.Telefoon; },
    },
  ],
  invalid: [
    {
      name: 'Relatie contact with neither Telefoon nor Adres',
      code: 'JW301',
      mutate: (b) => { delete b.Client.Relaties!.Relatie[1]!.Contact.Telefoon; },
      errors: [{ path: `${P.jw301Relatie(2)}/jw301:Contact`, message: 'Soort 02' }],
    },
    {
      name: 'client contact with an Adres lacking Huis and Postcode, and no Telefoon',
      code: 'JW301',
      mutate: (b) => { b.Client.Contactgegevens.Contact[1]!.Adres = { Straatnaam: 'Proefweg', Plaatsnaam: 'Voorbeeldstad' }; },
      errors: [{ path: P.jw301Contact(2) }],
    },
  ],
});
