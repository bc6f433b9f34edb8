import { declaratieToewijzing, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR308 } from './TR308.js';

ruleTable(TR308, {
  valid: [
    { name: 'ProductPeriode ends within the toewijzing', code: 'JW323' },
    { name: 'an open-ended toewijzing', code: 'JW323', env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { einddatum: null })) } },
    {
      name: 'ProductPeriode ends on the Einddatum in the toewijzing’s last month',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { einddatum: '2026-04-17' })) },
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2026-04-17'; },
    },
  ],
  invalid: [
    {
      name: 'ProductPeriode ends after the Einddatum',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { einddatum: '2026-04-17' })) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode`, message: 'ends 2026-04-30, after the Einddatum 2026-04-17' }],
    },
  ],
});
