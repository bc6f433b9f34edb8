import { P, ruleTable } from '../../../test/rules/table.js';
import { CS338 } from './CS338.js';

ruleTable(CS338, {
  valid: [
    { name: 'baseline JW301 (dagdeel per week)', code: 'JW301' },
    { name: 'baseline JW317', code: 'JW317' },
    { name: 'hours per day are allowed (Eenheid 04)', code: 'JW301', mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Omvang!.Frequentie = '1'; } },
    {
      name: 'a toewijzing that ended by 2020-12-31',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[1]!;
        t.Ingangsdatum = '2020-01-01';
        t.Einddatum = '2020-12-31';
        t.Omvang!.Frequentie = '1';
      },
    },
  ],
  invalid: [
    {
      name: 'JW301 dagdelen per day',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Omvang!.Frequentie = '1'; },
      errors: [{ path: `${P.jw301Product(2)}/jw301:Omvang/ijw:Frequentie`, message: 'Frequentie 1 is not allowed with Eenheid 16' }],
    },
    {
      name: 'JW301 open-ended etmalen per day',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
        delete t.Einddatum;
        t.Omvang = { Volume: 1, Eenheid: '14', Frequentie: '1' };
      },
      errors: [{ path: `${P.jw301Product(1)}/jw301:Omvang/ijw:Frequentie` }],
    },
    {
      name: 'JW317 NieuwProduct in euro\'s per day',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Omvang = { Volume: 100, Eenheid: '83', Frequentie: '1' }; },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:Omvang/ijw:Frequentie` }],
    },
    {
      name: 'JW317 TeWijzigenProduct in stuks (inspanning) per day',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang = { Volume: 2, Eenheid: '84', Frequentie: '1' }; },
      errors: [{ path: `${P.jw317TeWijzigen(1)}/jw317:Omvang/ijw:Frequentie` }],
    },
  ],
});
