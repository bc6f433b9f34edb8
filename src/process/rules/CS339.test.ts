import { P, ruleTable } from '../../../test/rules/table.js';
import { CS339 } from './CS339.js';

ruleTable(CS339, {
  valid: [
    { name: 'baseline (hours)', code: 'JW323' },
    {
      name: 'euro\'s: amount equals volume',
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
      name: 'euro\'s: amount differs from volume',
      code: 'JW323',
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
        p.Eenheid = '83';
        delete p.ProductTarief;
      },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:IngediendBedrag/ijw:Bedrag`, message: 'IngediendBedrag 5000 must equal GeleverdVolume 4' }],
    },
  ],
});
