import { P, ruleTable } from '../../../test/rules/table.js';
import { TR316 } from './TR316.js';

const VORIG = `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie/ijw:VorigReferentieNummer`;

ruleTable(TR316, {
  valid: [{ name: 'baseline: the credit refers to an earlier declaration', code: 'JW323' }],
  invalid: [
    {
      name: 'crediting a debit of the same client in the same message',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductReferentie.VorigReferentieNummer = 'RN004'; },
      errors: [{ path: VORIG, message: 'VorigReferentieNummer RN004' }],
    },
    {
      name: 'crediting a debit of another client in the same message',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductReferentie.VorigReferentieNummer = 'RN001'; },
      errors: [{ path: VORIG }],
    },
  ],
});
