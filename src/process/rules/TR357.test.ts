import { metToewijzingen, wijzigingToewijzing as tw, zonderToewijzingen } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR357 } from './TR357.js';

const gewenst = `${P.jw317TeWijzigen(1)}/jw317:GewensteIngangsdatum`;

// The baseline VOW is dated 2026-01-02 and asks to change toewijzing 10072 (from 2025-07-01) from 2026-02-01.
ruleTable(TR357, {
  valid: [
    { name: 'baseline: the change starts after the Dagtekening', code: 'JW317' },
    {
      name: 'a change the day after the Dagtekening may start within the toewijzing',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2026-01-03'; },
    },
    {
      name: 'a change from the past covers the whole toewijzing, from its Ingangsdatum',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2025-07-01'; },
    },
    {
      name: 'a change on the Dagtekening of a toewijzing that starts that day',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2026-01-02'; },
      env: { toewijzingen: metToewijzingen(tw(10072, { categorie: '54', code: '54B02', ingangsdatum: '2026-01-02' })) },
    },
    {
      name: 'a TeWijzigenProduct without an actual toewijzing is TR351\'s to report',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2025-12-01'; },
      env: { toewijzingen: zonderToewijzingen(10072) },
    },
  ],
  invalid: [
    {
      name: 'a change from the past that does not start on the Ingangsdatum',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2025-12-01'; },
      errors: [{
        path: gewenst,
        message: 'TeWijzigenProduct 10072: GewensteIngangsdatum 2025-12-01 is not after the Dagtekening 2026-01-02, so it must be the Ingangsdatum 2025-07-01',
      }],
    },
    {
      name: 'a change on the Dagtekening itself',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2026-01-02'; },
      errors: [{ path: gewenst, message: 'GewensteIngangsdatum 2026-01-02' }],
    },
    {
      name: 'a VOW dated after the GewensteIngangsdatum',
      code: 'JW317',
      mutate: (b) => { b.Header.BerichtIdentificatie.Dagtekening = '2026-02-10'; },
      errors: [{ path: gewenst, message: 'not after the Dagtekening 2026-02-10' }],
    },
  ],
});
