import { P, ruleTable } from '../../../test/rules/table.js';
import { CD087 } from './CD087.js';

const TARIEF = `${P.jw323Prestatie(1, 1)}/jw323:ProductTarief`;

ruleTable(CD087, {
  valid: [
    { name: 'baseline (hours with tarief)', code: 'JW323' },
    {
      name: 'euro\'s without tarief',
      code: 'JW323',
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
        p.Eenheid = '83';
        p.GeleverdVolume = 5000;
        delete p.ProductTarief;
      },
    },
  ],
  invalid: [
    {
      name: 'hours without tarief',
      code: 'JW323',
      mutate: (b) => { delete b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductTarief; },
      errors: [{ path: TARIEF, message: 'Prestatie RN001 with Eenheid 04 needs a ProductTarief' }],
    },
    {
      name: 'euro\'s with tarief',
      code: 'JW323',
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
        p.Eenheid = '83';
        p.GeleverdVolume = 5000;
      },
      errors: [{ path: TARIEF, message: 'ProductTarief (1250) must be empty' }],
    },
  ],
});
