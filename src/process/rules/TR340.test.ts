import { declaratieToewijzing, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR340 } from './TR340.js';

ruleTable(TR340, {
  valid: [
    { name: "every prestatie with its toewijzing's code", code: 'JW323' },
    {
      name: 'an aspecific toewijzing (category only): any code of the category (IV075)',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { code: null, omvang: null })) },
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductCode = '45A99'; },
    },
  ],
  invalid: [
    {
      name: 'another code than the toewijzing’s',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductCode = '45A99'; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductCode`, message: 'ProductCode 45A99 differs from code 45A03 of toewijzing 10072' }],
    },
  ],
});
