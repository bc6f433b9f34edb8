import type { JW323Bericht } from '../../message/types.generated.js';
import { historie, prestatieView } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR389 } from './TR389.js';

// An earlier approved debit RN-1 for April on 10072 (45A03), like the baseline's RN001.
const april = (over: Parameters<typeof prestatieView>[0] = {}) =>
  prestatieView({ referentieNummer: 'RN-1', toewijzingNummer: 10072, code: '45A03', begindatum: '2026-04-01', einddatum: '2026-04-30', volume: 1, bedrag: 1250, ...over });

/** RN005 credits RN-1 instead of RN000 (same content as RN-1). */
const creditVanApril = (b: JW323Bericht) => {
  const credit = b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie.pop()!;
  b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 21000 - 1250;
  Object.assign(credit, {
    ProductReferentie: { ReferentieNummer: 'RN005', VorigReferentieNummer: 'RN-1' }, ToewijzingNummer: 10072, ProductCode: '45A03',
    ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' }, GeleverdVolume: 1, ProductTarief: 1250, IngediendBedrag: { Bedrag: 1250, DebetCredit: 'C' },
  });
  b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie.push(credit);
};

ruleTable(TR389, {
  valid: [
    { name: 'no earlier debit for the period', code: 'JW323' },
    { name: 'the earlier debit was credited before', code: 'JW323', env: { prestaties: historie([prestatieView(), april({ gecrediteerdDoor: 'RN-2' })]) } },
    {
      name: 'the earlier debit is credited in the same message, before this debit is judged (OP366)',
      code: 'JW323',
      env: { prestaties: historie([prestatieView(), april()]) },
      mutate: creditVanApril,
    },
    {
      name: 'an earlier debit of another month',
      code: 'JW323',
      env: { prestaties: historie([prestatieView(), april({ begindatum: '2026-03-01', einddatum: '2026-03-31' })]) },
    },
  ],
  invalid: [
    {
      name: 'an earlier approved debit for the same toewijzing, product and month, not credited',
      code: 'JW323',
      env: { prestaties: historie([prestatieView(), april()]) },
      errors: [{ path: P.jw323Prestatie(1, 1), message: 'debit prestatie RN-1 for ToewijzingNummer 10072, product 45/45A03 and 2026-04 was approved before and has not been credited' }],
    },
    {
      name: 'two debits for the same month with different ProductPeriodes in one message: the second',
      code: 'JW323',
      mutate: (b) => {
        const c = b.Declaratie.Clienten.Client[0]!;
        const again = structuredClone(c.Prestaties.Prestatie[0]!);
        again.ProductReferentie.ReferentieNummer = 'RN006';
        again.ProductPeriode = { Begindatum: '2026-04-01', Einddatum: '2026-04-15' };
        again.GeleverdVolume = 1;
        again.IngediendBedrag.Bedrag = 1250;
        c.Prestaties.Prestatie.push(again);
        b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 1250;
      },
      errors: [{ path: P.jw323Prestatie(1, 3), message: 'debit prestatie RN001 of this message is for the same' }],
      // The second one's ProductPeriode also ends mid-month.
      alsoReportedBy: ['TR388'],
    },
  ],
});
