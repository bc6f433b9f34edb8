import { P, ruleTable } from '../../../test/rules/table.js';
import { CS335 } from './CS335.js';

ruleTable(CS335, {
  valid: [
    { name: 'baseline', code: 'JW301' },
    {
      name: 'deleted with Einddatum = Ingangsdatum',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
        t.Einddatum = '2026-04-01';
        t.RedenWijziging = '13';
      },
    },
  ],
  invalid: [
    {
      name: 'RedenWijziging 13 on a running toewijzing',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[0]!.RedenWijziging = '13'; },
      errors: [{ path: `${P.jw301Product(1)}/jw301:RedenWijziging`, message: 'requires Einddatum = Ingangsdatum 2026-04-01, but Einddatum is 2026-07-14' }],
    },
    {
      name: 'RedenWijziging 13 without Einddatum',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
        delete t.Einddatum;
        t.Omvang!.Frequentie = '4';
        t.RedenWijziging = '13';
      },
      errors: [{ path: `${P.jw301Product(1)}/jw301:RedenWijziging`, message: 'Einddatum is empty' }],
    },
  ],
});
