import { BSN } from '../../../test/fixtures/berichten.js';
import { metToewijzingen, wijzigingToewijzing as tw, zonderToewijzingen } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR351 } from './TR351.js';

const nummer = `${P.jw317TeWijzigen(1)}/jw317:ToewijzingNummer`;

// The baseline VOW is dated 2026-01-02; its TeWijzigenProduct names 10072.
ruleTable(TR351, {
  valid: [
    { name: 'baseline: 10072 is an actual toewijzing of this client at this provider', code: 'JW317' },
    { name: 'a toewijzing that ends on the Dagtekening is actual', code: 'JW317', env: { toewijzingen: metToewijzingen(tw(10072, { einddatum: '2026-01-02' })) } },
    {
      name: 'a toewijzing that starts after the Dagtekening, without Einddatum, is actual',
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10072, { ingangsdatum: '2026-05-01', einddatum: null })) },
    },
    { name: "another client's toewijzing is TR304's to report", code: 'JW317', env: { toewijzingen: metToewijzingen(tw(10072, { bsn: BSN.B })) } },
  ],
  invalid: [
    {
      name: 'a number that is no toewijzing of this gemeente',
      code: 'JW317',
      env: { toewijzingen: zonderToewijzingen(10072) },
      errors: [{ path: nummer, message: 'TeWijzigenProduct: ToewijzingNummer 10072 is not a toewijzing of this gemeente' }],
    },
    {
      name: 'a toewijzing to another provider',
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10072, { agb: '12345678' })) },
      errors: [{ path: nummer, message: 'is a toewijzing to another provider' }],
    },
    {
      name: 'a deleted toewijzing',
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10072, { einddatum: '2025-07-01', redenWijziging: '13', verwijderd: true })) },
      errors: [{ path: nummer, message: 'is a deleted toewijzing' }],
    },
    {
      name: 'a toewijzing that ended the day before the Dagtekening',
      code: 'JW317',
      env: { toewijzingen: metToewijzingen(tw(10072, { einddatum: '2026-01-01' })) },
      errors: [{ path: nummer, message: 'ended on 2026-01-01, before the Dagtekening 2026-01-02' }],
    },
    {
      name: 'the second of two TeWijzigenProducten names an unknown number',
      code: 'JW317',
      mutate: (b) => {
        b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct.push({
          ToewijzingNummer: 99999, GewensteIngangsdatum: '2026-03-01', Einddatum: '2026-06-30', Omvang: { Volume: 1, Eenheid: '04', Frequentie: '4' },
        });
      },
      errors: [{ path: `${P.jw317TeWijzigen(2)}/jw317:ToewijzingNummer`, message: 'ToewijzingNummer 99999' }],
    },
  ],
});
