import { declaratieToewijzing, historie, prestatieView, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR369 } from './TR369.js';

// 10075 (client B) as an aspecific toewijzing with a budget; the baseline declares RN004 (24000) on
// it and credits RN000 (21000, March).
const budget = (eurocent: number) => ({
  toewijzingen: toewijzingenMet(declaratieToewijzing(10075, { bsn: '999900018', code: null, omvang: null, budget: eurocent })),
});

ruleTable(TR369, {
  valid: [
    { name: 'a toewijzing without budget', code: 'JW323' },
    { name: 'the credit in the same message releases March’s 21000: 24000 of 24000', code: 'JW323', env: budget(24000) },
    {
      name: 'the amount counts, not the volume (ijw-rules.md §9.1 B1)',
      code: 'JW323',
      env: budget(30000),
    },
  ],
  invalid: [
    {
      name: 'over the budget',
      code: 'JW323',
      env: budget(23999),
      errors: [{ path: `${P.jw323Prestatie(2, 2)}/jw323:IngediendBedrag`, message: 'IngediendBedrag 24000 on top of 0 already approved exceeds Budget 23999' }],
    },
    {
      name: 'with an earlier approved debit that is not credited',
      code: 'JW323',
      env: { ...budget(40000), prestaties: historie([prestatieView(), prestatieView({ referentieNummer: 'RN-1', begindatum: '2026-02-01', einddatum: '2026-02-28', bedrag: 18000 })]) },
      errors: [{ path: `${P.jw323Prestatie(2, 2)}/jw323:IngediendBedrag`, message: 'on top of 18000 already approved exceeds Budget 40000' }],
    },
  ],
});
