import { P, ruleTable } from '../../../test/rules/table.js';
import { CS343 } from './CS343.js';

ruleTable(CS343, {
  valid: [
    { name: 'baseline: dagdelen per month', code: 'JW315' },
    {
      name: 'a request that ended by 2020-12-31',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
        a.ToewijzingIngangsdatum = '2020-01-01';
        a.ToewijzingEinddatum = '2020-12-31';
        a.Omvang!.Frequentie = '1';
      },
    },
  ],
  invalid: [
    {
      name: 'dagdelen per day',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Omvang!.Frequentie = '1'; },
      errors: [{ path: `${P.jw315Product(1)}/jw315:Omvang/ijw:Frequentie`, message: 'Frequentie 1 is not allowed with Eenheid 16' }],
    },
  ],
});
