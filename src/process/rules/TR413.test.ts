import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_STARTS, stopView } from '../../../test/fixtures/neutral/startstop.js';
import { TR413 } from './TR413.js';

const tijdelijk = stopView(BASELINE_STARTS[0]!, '20', '2026-06-01');
const tijdelijkNogmaals = (b: { Client: { StopProducten: { StopProduct: { RedenBeeindiging: string }[] } } }) => {
  b.Client.StopProducten.StopProduct[0]!.RedenBeeindiging = '20';
};

ruleTable(TR413, {
  valid: [
    { name: 'a definitive stop after a temporary one', code: 'JW307', env: { stops: [tijdelijk] } },
    { name: 'a first temporary stop', code: 'JW307', mutate: tijdelijkNogmaals },
    {
      name: 'a temporary stop replacing the temporary one deleted in the same message',
      code: 'JW307',
      mutate: (b) => {
        const [first, second] = b.Client.StopProducten.StopProduct;
        b.Client.StopProducten.StopProduct = [
          { ...first!, RedenBeeindiging: '20', Einddatum: '2026-06-01', StatusAanlevering: '3' },
          { ...first!, RedenBeeindiging: '20' },
          second!,
        ];
      },
      env: { stops: [tijdelijk] },
    },
  ],
  invalid: [
    {
      name: 'a second temporary stop of the same start',
      code: 'JW307',
      mutate: tijdelijkNogmaals,
      env: { stops: [tijdelijk] },
      errors: [{ path: `${P.jw307Stop(1)}/jw307:RedenBeeindiging`, message: 'already stopped temporarily' }],
    },
  ],
});
