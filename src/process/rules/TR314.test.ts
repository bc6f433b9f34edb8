import { historie, prestatieView } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR314 } from './TR314.js';

const metEerder = (...over: Parameters<typeof prestatieView>[0][]) => ({ prestaties: historie([prestatieView(), ...over.map(prestatieView)]) });

ruleTable(TR314, {
  valid: [
    { name: 'ReferentieNummers never approved before', code: 'JW323' },
    {
      name: 'other ReferentieNummers approved before',
      code: 'JW323',
      env: metEerder({ referentieNummer: 'RN100', begindatum: '2026-02-01', einddatum: '2026-02-28' }),
    },
  ],
  invalid: [
    {
      name: 'a debit with the ReferentieNummer of an earlier approved prestatie',
      code: 'JW323',
      env: metEerder({ referentieNummer: 'RN002', toewijzingNummer: 10073, begindatum: '2026-02-01', einddatum: '2026-02-28' }),
      errors: [{ path: `${P.jw323Prestatie(1, 2)}/jw323:ProductReferentie`, message: 'ReferentieNummer RN002 was used by this provider' }],
    },
    {
      name: 'a credit with the ReferentieNummer of an earlier approved prestatie',
      code: 'JW323',
      env: metEerder({ referentieNummer: 'RN005', toewijzingNummer: 10072, code: '45A03', begindatum: '2026-01-01', einddatum: '2026-01-31', volume: 1, bedrag: 1250 }),
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie`, message: 'RN005' }],
    },
  ],
});
