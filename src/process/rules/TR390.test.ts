import { historie, prestatieView } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR390 } from './TR390.js';

ruleTable(TR390, {
  valid: [
    { name: 'the first credit of a debit', code: 'JW323' },
    {
      name: 'another debit was credited before',
      code: 'JW323',
      env: { prestaties: historie([prestatieView(), prestatieView({ referentieNummer: 'RN-1', begindatum: '2026-02-01', einddatum: '2026-02-28', gecrediteerdDoor: 'RN-2' })]) },
    },
  ],
  invalid: [
    {
      name: 'the debit was credited before',
      code: 'JW323',
      env: { prestaties: historie([prestatieView({ gecrediteerdDoor: 'RN-3' })]) },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie`, message: 'debit prestatie RN000 was already credited by prestatie RN-3' }],
    },
  ],
});
