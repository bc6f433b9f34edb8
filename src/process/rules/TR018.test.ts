import { P, ruleTable } from '../../../test/rules/table.js';
import { TR018 } from './TR018.js';

ruleTable(TR018, {
  valid: [
    { name: 'baseline', code: 'JW307' },
    { name: 'Einddatum equal to Begindatum', code: 'JW307', mutate: (b) => { b.Client.StopProducten.StopProduct[1]!.Einddatum = '2026-04-15'; } },
  ],
  invalid: [
    {
      name: 'Einddatum one day before Begindatum',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct[1]!.Einddatum = '2026-04-14'; },
      errors: [{ path: `${P.jw307Stop(2)}/jw307:Einddatum`, message: 'Einddatum 2026-04-14 is before Begindatum 2026-04-15' }],
    },
  ],
});
