import { declaratieToewijzing, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR387 } from './TR387.js';

const vanaf8april = { env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { ingangsdatum: '2026-04-08' })) } };

ruleTable(TR387, {
  valid: [
    { name: 'ProductPeriode begins on the first of the month', code: 'JW323' },
    {
      name: 'begins on the Ingangsdatum later in the month (IV089)',
      code: 'JW323',
      ...vanaf8april,
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Begindatum = '2026-04-08'; },
    },
  ],
  invalid: [
    {
      name: 'begins mid-month while the toewijzing started earlier',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Begindatum = '2026-04-02'; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode`, message: 'it begins on 2026-04-01, the first of the month' }],
    },
    {
      name: 'begins after the Ingangsdatum later in the month',
      code: 'JW323',
      ...vanaf8april,
      mutate: (b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Begindatum = '2026-04-09'; },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:ProductPeriode`, message: 'it begins on 2026-04-08, the Ingangsdatum of toewijzing 10072' }],
    },
  ],
});
