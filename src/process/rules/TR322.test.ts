import { declaratieToewijzing, historie, prestatieView, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import type { JW323Bericht } from '../../message/types.generated.js';
import { TR322 } from './TR322.js';

// Toewijzing 10075 (client B): 30 hours in total; the baseline declares RN004 (16 hours, April) and
// credits RN000 (14 hours, March) in the same message.
const totaal30 = { toewijzingen: toewijzingenMet(declaratieToewijzing(10075, { bsn: '999900018', code: '45A04', omvang: { Volume: 30, Eenheid: '04', Frequentie: '6' } })) };
const zonderCredit = (b: JW323Bericht) => {
  b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie.pop();
  b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 21000;
};
const metFebruari = (extra: Partial<Parameters<typeof prestatieView>[0]> = {}) =>
  historie([prestatieView(), prestatieView({ referentieNummer: 'RN-1', begindatum: '2026-02-01', einddatum: '2026-02-28', volume: 2, bedrag: 3000, ...extra })]);

ruleTable(TR322, {
  valid: [
    { name: 'within the total volume', code: 'JW323' },
    { name: 'the credit in the same message releases March’s 14 hours (OP366): 16 of 30', code: 'JW323', env: totaal30 },
    {
      name: 'an earlier debit credited before does not count',
      code: 'JW323',
      env: { ...totaal30, prestaties: historie([prestatieView(), prestatieView({ referentieNummer: 'RN-1', begindatum: '2026-02-01', einddatum: '2026-02-28', volume: 20, bedrag: 30000, gecrediteerdDoor: 'RN-2' })]) },
    },
    {
      name: 'without the credit: 14 + 16 hours is exactly the 30',
      code: 'JW323',
      env: totaal30,
      mutate: (b) => { zonderCredit(b); },
    },
  ],
  invalid: [
    {
      name: 'without the credit, 14 + 16 + 2 hours exceed 30',
      code: 'JW323',
      env: { ...totaal30, prestaties: metFebruari() },
      mutate: zonderCredit,
      errors: [{ path: `${P.jw323Prestatie(2, 2)}/jw323:GeleverdVolume`, message: 'GeleverdVolume 16 on top of 16 already approved exceeds 30' }],
    },
    {
      name: 'a prestatie approved earlier in the same message counts',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10073, { code: '45A04', omvang: { Volume: 30, Eenheid: '04', Frequentie: '6' } })) },
      mutate: (b) => {
        // RN002 (16 hours on 10073) is joined by March's 16 hours on the same toewijzing.
        const c = b.Declaratie.Clienten.Client[0]!;
        const march = structuredClone(c.Prestaties.Prestatie[1]!);
        march.ProductReferentie.ReferentieNummer = 'RN006';
        march.ProductPeriode = { Begindatum: '2026-03-01', Einddatum: '2026-03-31' };
        c.Prestaties.Prestatie.push(march);
        b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 24000;
      },
      errors: [{ path: `${P.jw323Prestatie(1, 3)}/jw323:GeleverdVolume`, message: 'on top of 16 already approved' }],
    },
  ],
});
