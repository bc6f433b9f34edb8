import { declaratieToewijzing, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR307 } from './TR307.js';

ruleTable(TR307, {
  valid: [
    { name: 'ProductPeriode from the first of a month within the toewijzing', code: 'JW323' },
    {
      name: 'ProductPeriode from the Ingangsdatum in the toewijzing’s first month',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { ingangsdatum: '2026-04-08' })) },
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Begindatum = '2026-04-08'; },
    },
  ],
  invalid: [
    {
      name: 'ProductPeriode begins before the Ingangsdatum',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { ingangsdatum: '2026-04-08' })) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode`, message: 'begins 2026-04-01, before the Ingangsdatum 2026-04-08' }],
    },
    {
      name: 'the toewijzing starts only next month',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10073, { code: '45A04', ingangsdatum: '2026-05-01', omvang: { Volume: 20, Eenheid: '04', Frequentie: '4' } })) },
      errors: [{ path: `${P.jw323Prestatie(1, 2)}/jw323:ProductPeriode` }],
    },
  ],
});
