import { declaratieToewijzing, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR384 } from './TR384.js';

const verwijderd = { einddatum: '2026-01-01', redenWijziging: '13', verwijderd: true } as const;

ruleTable(TR384, {
  valid: [
    { name: 'no prestatie on a deleted toewijzing', code: 'JW323' },
    {
      name: 'a toewijzing withdrawn (shortened) with another reason',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { einddatum: '2026-04-30', redenWijziging: '02' })) },
    },
  ],
  invalid: [
    {
      name: 'a prestatie on a toewijzing deleted with RedenWijziging 13',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, verwijderd)) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ToewijzingNummer`, message: 'ToewijzingNummer 10072 is a deleted toewijzing' }],
    },
    {
      name: 'a toewijzing deleted with the old 01 (vervallen)',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10074, { ...verwijderd, redenWijziging: '01', bsn: '999900018' })) },
      errors: [{ path: `${P.jw323Prestatie(2, 1)}/jw323:ToewijzingNummer`, message: 'RedenWijziging 01' }],
    },
  ],
});
