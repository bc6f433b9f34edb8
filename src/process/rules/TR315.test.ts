import { P, ruleTable } from '../../../test/rules/table.js';
import { TR315 } from './TR315.js';

ruleTable(TR315, {
  valid: [
    { name: 'baseline: one credit', code: 'JW323' },
    {
      name: 'two credits of different prestaties',
      code: 'JW323',
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!;
        p.ProductReferentie.VorigReferentieNummer = 'RN900';
        p.IngediendBedrag.DebetCredit = 'C';
      },
    },
  ],
  invalid: [
    {
      name: 'the same prestatie credited twice',
      code: 'JW323',
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!;
        p.ProductReferentie.VorigReferentieNummer = 'RN000';
        p.IngediendBedrag.DebetCredit = 'C';
        // 5000 − 24000 + 5000 + 24000 − 21000
        b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 11000, DebetCredit: 'C' };
      },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie/ijw:VorigReferentieNummer`, message: 'VorigReferentieNummer RN000 occurs more than once' }],
    },
  ],
});
