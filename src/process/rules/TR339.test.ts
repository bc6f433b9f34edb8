import { declaratieToewijzing, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR339 } from './TR339.js';

ruleTable(TR339, {
  valid: [
    { name: "every prestatie in its toewijzing's category", code: 'JW323' },
    {
      name: 'a generic toewijzing (no Product): any category',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { categorie: null, code: null, omvang: null, budget: 100000 })) },
    },
  ],
  invalid: [
    {
      name: 'another category than the toewijzing’s',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { categorie: '54', code: null, omvang: null })) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductCategorie`, message: 'ProductCategorie 45 differs from categorie 54 of toewijzing 10072' }],
    },
  ],
});
