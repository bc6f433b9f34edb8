import type { JW323Bericht } from '../../message/types.generated.js';
import { regioProduct, testRegio } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR346 } from './TR346.js';

/** RN001 in minutes: 250 minutes at ProductTarief `tarief`, IngediendBedrag `bedrag`. */
const minuten = (tarief: number, bedrag: number) => (b: JW323Bericht) => {
  const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
  b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += bedrag - p.IngediendBedrag.Bedrag;
  Object.assign(p, { Eenheid: '01', GeleverdVolume: 250, ProductTarief: tarief, IngediendBedrag: { Bedrag: bedrag, DebetCredit: 'D' } });
};
// Hourly contract tariff 1250 (the region's 45A03): per minute 20.83 → ProductTarief 21 (IV081);
// 250 minutes: 1250 × 250 / 60 = 5208.33 → 5208. An hourly 1255 (also 21 per minute) would give 5229.
const uur1250 = testRegio([regioProduct()]);

ruleTable(TR346, {
  valid: [
    { name: 'IngediendBedrag = GeleverdVolume × ProductTarief', code: 'JW323' },
    { name: 'minutes against the hourly contract tariff: round(1250 × 250 / 60) (IV081)', code: 'JW323', env: { regio: uur1250 }, mutate: minuten(21, 5208) },
    { name: 'minutes, no region file: an hourly tariff of 1255 rounds to 21 and gives 5229', code: 'JW323', env: { regio: null }, mutate: minuten(21, 5229) },
    { name: 'minutes at a tariff per minute: 250 × 21', code: 'JW323', mutate: minuten(21, 5250) },
    {
      name: 'Eenheid 83 (euro): no tariff',
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
      name: 'IngediendBedrag is not volume × tariff',
      code: 'JW323',
      mutate: (b) => {
        b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.IngediendBedrag.Bedrag = 5001;
        b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 1;
      },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:IngediendBedrag`, message: 'IngediendBedrag 5001 is not GeleverdVolume 4 × ProductTarief 1250 = 5000' }],
    },
    {
      name: 'minutes: not what the hourly contract tariff gives',
      code: 'JW323',
      env: { regio: uur1250 },
      mutate: minuten(21, 5229),
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:IngediendBedrag`, message: 'round(hourly contract tariff 1250 × 250 minutes / 60) = 5208' }],
    },
    {
      name: 'minutes, no region file: no hourly tariff rounding to 21 (1230–1289) gives it',
      code: 'JW323',
      mutate: minuten(21, 5400),
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:IngediendBedrag`, message: 'for any hourly tariff of which 21 is the per-minute rounding' }],
    },
  ],
});
