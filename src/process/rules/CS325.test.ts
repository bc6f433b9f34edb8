import { P, ruleTable } from '../../../test/rules/table.js';
import { CS325 } from './CS325.js';

ruleTable(CS325, {
  valid: [
    { name: 'baseline JW323', code: 'JW323' },
    { name: 'baseline JW325', code: 'JW325' },
    {
      name: 'a zero total as debit',
      code: 'JW323',
      mutate: (b) => {
        b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.IngediendBedrag.Bedrag = 58000;
        b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 0, DebetCredit: 'D' };
      },
    },
  ],
  invalid: [
    {
      name: 'JW323 zero total as credit',
      code: 'JW323',
      mutate: (b) => {
        b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.IngediendBedrag.Bedrag = 58000;
        b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 0, DebetCredit: 'C' };
      },
      errors: [{ path: `${P.jw323Declaratie}/jw323:TotaalIngediendBedrag/ijw:DebetCredit`, message: 'TotaalIngediendBedrag is 0 with DebetCredit C' }],
    },
    {
      name: 'JW323 zero credit prestatie',
      code: 'JW323',
      mutate: (b) => {
        b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.IngediendBedrag.Bedrag = 0;
        b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 58000;
      },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:IngediendBedrag/ijw:DebetCredit`, message: 'prestatie RN005' }],
    },
    {
      name: 'JW325 rejected whole: zero awarded as credit',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        delete da.Clienten;
        da.RetourCodes.RetourCode = ['9333'];
        da.TotaalToegekendBedrag = { TotaalBedrag: 0, DebetCredit: 'C' };
      },
      errors: [{ path: `${P.jw325Antwoord}/jw325:TotaalToegekendBedrag/ijw:DebetCredit`, message: 'TotaalToegekendBedrag' }],
    },
    {
      name: 'JW325 zero submitted total as credit',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        delete da.Clienten;
        da.RetourCodes.RetourCode = ['9333'];
        da.TotaalIngediendBedrag = { TotaalBedrag: 0, DebetCredit: 'C' };
        da.TotaalToegekendBedrag = { TotaalBedrag: 0, DebetCredit: 'D' };
      },
      errors: [{ path: `${P.jw325Antwoord}/jw325:TotaalIngediendBedrag/ijw:DebetCredit` }],
    },
  ],
});
