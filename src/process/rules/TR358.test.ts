import { P, ruleTable } from '../../../test/rules/table.js';
import { TR358 } from './TR358.js';

const TOTAAL = `${P.jw323Declaratie}/jw323:TotaalIngediendBedrag`;

ruleTable(TR358, {
  valid: [
    { name: 'baseline: 58000 D − 21000 C = 37000 D', code: 'JW323' },
    {
      name: 'a negative total is written as credit',
      code: 'JW323',
      mutate: (b) => {
        b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.IngediendBedrag.Bedrag = 60000;
        b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 2000, DebetCredit: 'C' };
      },
    },
  ],
  invalid: [
    {
      name: 'total one cent off',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 37001; },
      errors: [{ path: TOTAAL, message: 'TotaalIngediendBedrag 37001 D does not equal the sum of the prestaties\' IngediendBedrag, 37000 D' }],
    },
    {
      name: 'the right amount with the wrong sign',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.TotaalIngediendBedrag.DebetCredit = 'C'; },
      errors: [{ path: TOTAAL, message: '37000 C' }],
    },
    {
      name: 'credit added instead of subtracted',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 79000; },
      errors: [{ path: TOTAAL }],
    },
  ],
});
