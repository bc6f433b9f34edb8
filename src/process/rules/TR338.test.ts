import { declaratieToewijzing, toewijzingenMet, toewijzingenZonder } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR338 } from './TR338.js';

ruleTable(TR338, {
  valid: [
    { name: 'every prestatie on a toewijzing of this provider', code: 'JW323' },
    {
      name: 'a credit whose toewijzing is no longer in the ledger (credits are judged on technical grounds only, IV085)',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10075, { agb: '42420009', bsn: '999900043' })) },
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie.splice(1, 1); b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 13000; },
    },
  ],
  invalid: [
    {
      name: 'a ToewijzingNummer that is not a toewijzing of this gemeente',
      code: 'JW323',
      env: { toewijzingen: toewijzingenZonder(10072) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ToewijzingNummer`, message: 'ToewijzingNummer 10072 is not a toewijzing of this gemeente' }],
    },
    {
      name: 'a toewijzing to another provider',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10073, { agb: '42420009', code: '45A04' })) },
      errors: [{ path: `${P.jw323Prestatie(1, 2)}/jw323:ToewijzingNummer`, message: 'a toewijzing to another provider' }],
    },
  ],
});
