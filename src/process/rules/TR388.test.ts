import { declaratieToewijzing, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR388 } from './TR388.js';

const tot17april = { env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { einddatum: '2026-04-17' })) } };

ruleTable(TR388, {
  valid: [
    { name: 'ProductPeriode ends on the last day of the month', code: 'JW323' },
    {
      name: 'ends on the Einddatum earlier in the month (IV089)',
      code: 'JW323',
      ...tot17april,
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2026-04-17'; },
    },
    {
      name: 'February of a leap year ends on the 29th',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { ingangsdatum: '2028-01-01', einddatum: '2028-12-31' })) },
      mutate: (b) => {
        b.Declaratie.DeclaratiePeriode = { Begindatum: '2028-02-01', Einddatum: '2028-02-29' };
        b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2028-02-01', Einddatum: '2028-02-29' };
        b.Declaratie.Clienten.Client = [b.Declaratie.Clienten.Client[0]!];
        b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie.splice(1, 1);
        b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 5000;
      },
    },
  ],
  invalid: [
    {
      name: 'ends mid-month while the toewijzing goes on',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2026-04-29'; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode`, message: 'it ends on 2026-04-30, the last day of the month' }],
    },
    {
      name: 'ends before the Einddatum earlier in the month',
      code: 'JW323',
      ...tot17april,
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2026-04-16'; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode`, message: 'it ends on 2026-04-17, the Einddatum of toewijzing 10072' }],
    },
  ],
});
