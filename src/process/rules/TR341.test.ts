import { declaratieToewijzing, regioProduct, testRegio, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR341 } from './TR341.js';

const aspecifiek = toewijzingenMet(declaratieToewijzing(10072, { code: null, omvang: null }));
const inMinuten = (b: { Declaratie: { Clienten: { Client: { Prestaties: { Prestatie: { Eenheid: string; GeleverdVolume: number; ProductTarief?: number; IngediendBedrag: { Bedrag: number } }[] } }[] } } }) => {
  const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
  p.Eenheid = '01';
  p.GeleverdVolume = 240;
  p.ProductTarief = 21; // 1250 / 60 rounded (IV081)
  p.IngediendBedrag.Bedrag = 5000; // round(1250 × 240 / 60)
};

ruleTable(TR341, {
  valid: [
    { name: "every prestatie in its toewijzing's Eenheid", code: 'JW323' },
    { name: 'minutes against a toewijzing in hours', code: 'JW323', mutate: inMinuten },
    {
      name: 'aspecific toewijzing: the contract Eenheid of the declared product',
      code: 'JW323',
      env: { toewijzingen: aspecifiek, regio: testRegio([regioProduct()]) },
    },
    { name: 'aspecific toewijzing and no region file: not judged', code: 'JW323', env: { toewijzingen: aspecifiek, regio: null },
      mutate: (b) => { const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!; p.Eenheid = '14'; } },
    {
      name: 'aspecific toewijzing, contract Eenheid unknown with candidates: a candidate is accepted',
      code: 'JW323',
      env: { toewijzingen: aspecifiek, regio: testRegio([regioProduct({ eenheid: { onbekend: 'not stated', kandidaten: ['82', '04'] } })]) },
    },
  ],
  invalid: [
    {
      name: 'Dagdeel against a toewijzing in hours',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.Eenheid = '16'; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:Eenheid`, message: 'Eenheid 16 does not fit Eenheid 04 of toewijzing 10072' }],
    },
    {
      name: 'hours against a toewijzing in minutes',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { omvang: { Volume: 360, Eenheid: '01', Frequentie: '4' } })) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:Eenheid`, message: 'Eenheid 04 does not fit Eenheid 01' }],
    },
    {
      name: 'aspecific toewijzing: not the contract Eenheid',
      code: 'JW323',
      env: { toewijzingen: aspecifiek, regio: testRegio([regioProduct({ eenheid: '14' })]) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:Eenheid`, message: 'does not fit the contract of product 45A03 (14)' }],
    },
  ],
});
