import { BSN } from '../../../test/fixtures/berichten.js';
import { declaratieToewijzing, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { metToewijzingen, wijzigingToewijzing } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR304 } from './TR304.js';

ruleTable(TR304, {
  valid: [
    { name: 'JW323: every prestatie on a toewijzing of its Client', code: 'JW323' },
    { name: "JW317: the unchanged and the changed product are the client's toewijzingen", code: 'JW317', env: { toewijzingen: metToewijzingen() } },
  ],
  invalid: [
    {
      name: "JW323: a prestatie on another client's toewijzing",
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { bsn: BSN.C })) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ToewijzingNummer`, message: 'ToewijzingNummer 10072 is a toewijzing for another client' }],
    },
    {
      name: 'JW323: the same toewijzing declared under two clients (official example JW323.xml)',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[1]!.ToewijzingNummer = 10073; },
      errors: [{ path: `${P.jw323Prestatie(2, 2)}/jw323:ToewijzingNummer`, message: 'another client' }],
    },
    {
      name: "JW317: the OngewijzigdProduct is another client's toewijzing",
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(wijzigingToewijzing(10071, { bsn: BSN.C })) },
      errors: [{ path: `${P.jw317Ongewijzigd(1)}/jw317:ToewijzingNummer`, message: 'ToewijzingNummer 10071 is a toewijzing for another client' }],
    },
    {
      name: "JW317: the TeWijzigenProduct is another client's toewijzing",
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(wijzigingToewijzing(10072, { bsn: BSN.B, categorie: '54', code: '54B02', omvang: { Volume: 4, Eenheid: '04', Frequentie: '4' } })) },
      errors: [{ path: `${P.jw317TeWijzigen(1)}/jw317:ToewijzingNummer` }],
    },
  ],
});
