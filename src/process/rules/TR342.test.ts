import { P, ruleTable } from '../../../test/rules/table.js';
import { TR342 } from './TR342.js';

ruleTable(TR342, {
  valid: [
    { name: 'baseline: one rejected prestatie explains 37000 − 32000', code: 'JW325' },
    {
      name: 'fully awarded: 8001, no prestaties, Toegekend = Ingediend',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        delete da.Clienten;
        da.RetourCodes.RetourCode = ['8001'];
        da.TotaalToegekendBedrag.TotaalBedrag = 37000;
      },
    },
    {
      name: 'DeclaratieAntwoord rejected: no prestaties, Toegekend 0',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        delete da.Clienten;
        da.RetourCodes.RetourCode = ['9333'];
        da.TotaalToegekendBedrag = { TotaalBedrag: 0, DebetCredit: 'D' };
      },
    },
    {
      name: 'a rejected credit raises the awarded total (D+, C−)',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        const p = da.Clienten!.Client[0]!.Prestaties.Prestatie[0]!;
        p.IngediendBedrag = { Bedrag: 5000, DebetCredit: 'C' };
        p.ProductReferentie.VorigReferentieNummer = 'RN000';
        da.TotaalToegekendBedrag.TotaalBedrag = 42000;
      },
    },
    { name: 'CL2 answer without DeclaratieAntwoord', code: 'JW325', mutate: (b) => { delete b.DeclaratieAntwoord; b.Header.RetourCodes.RetourCode = ['0001']; } },
  ],
  invalid: [
    {
      name: 'returned prestaties do not explain the difference',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag = 30000; },
      errors: [{ path: `${P.jw325Antwoord}/jw325:TotaalToegekendBedrag`, message: 'is 7000 D, but the returned prestaties add up to 5000 D' }],
    },
    {
      name: 'a returned prestatie that was not rejected',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.RetourCodes.RetourCode = ['0200']; },
      errors: [{ path: `${P.jw325Prestatie(1, 1)}/jw325:RetourCodes`, message: 'Prestatie RN003' }],
    },
    {
      name: 'rejected DeclaratieAntwoord that still returns prestaties',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        da.RetourCodes.RetourCode = ['9333'];
        da.TotaalToegekendBedrag = { TotaalBedrag: 0, DebetCredit: 'D' };
      },
      errors: [{ path: `${P.jw325Antwoord}/jw325:Clienten`, message: 'RetourCode 9333' }],
    },
    {
      name: 'rejected DeclaratieAntwoord that awards an amount',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        delete da.Clienten;
        da.RetourCodes.RetourCode = ['8214'];
      },
      errors: [{ path: `${P.jw325Antwoord}/jw325:TotaalToegekendBedrag`, message: 'must be 0, not 32000 D' }],
    },
    {
      name: 'fully awarded (8001) but returning a prestatie',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        da.RetourCodes.RetourCode = ['8001'];
        da.TotaalToegekendBedrag.TotaalBedrag = 37000;
      },
      errors: [{ path: `${P.jw325Antwoord}/jw325:TotaalToegekendBedrag`, message: 'is 0 D, but the returned prestaties add up to 5000 D' }],
    },
  ],
});
