import { metToewijzingen, wijzigingToewijzing as tw, zonderToewijzingen } from '../../../test/fixtures/neutral/wijziging.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import type { JW317Bericht } from '../../message/types.generated.js';
import { TR373 } from './TR373.js';

const gewenst = `${P.jw317TeWijzigen(1)}/jw317:GewensteIngangsdatum`;

/** 10072 as an aspecific toewijzing with a budget (category 54, from 2025-07-01). */
const metBudget = { toewijzingen: metToewijzingen(tw(10072, { categorie: '54', code: null, omvang: null, budget: 100000 })) };
/** 10072 as a specific toewijzing with a total over its period: 80 hours. */
const metTotaal = { toewijzingen: metToewijzingen(tw(10072, { categorie: '54', code: '54B02', omvang: { Volume: 80, Eenheid: '04', Frequentie: '6' } })) };

/** The baseline TeWijzigenProduct (10072, from 2026-02-01 to 2026-12-31) asking for a budget instead of an Omvang. */
const budget = (bedrag: number) => (b: JW317Bericht) => {
  const p = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
  delete p.Omvang;
  p.Budget = bedrag;
};
const totaal = (uren: number) => (b: JW317Bericht) => {
  b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang = { Volume: uren, Eenheid: '04', Frequentie: '6' };
};
const vanaf = (datum: string, ...rest: ((b: JW317Bericht) => void)[]) => (b: JW317Bericht) => {
  for (const f of rest) f(b);
  b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = datum;
};

ruleTable(TR373, {
  valid: [
    { name: 'baseline: a change of an Omvang per month may start later', code: 'JW317' },
    { name: 'a budget change from the Ingangsdatum of the toewijzing', code: 'JW317', mutate: vanaf('2025-07-01', budget(150000)), env: metBudget },
    { name: 'a later Einddatum with the same budget may start later', code: 'JW317', mutate: budget(100000), env: metBudget },
    { name: 'a change of the total from the Ingangsdatum of the toewijzing', code: 'JW317', mutate: vanaf('2025-07-01', totaal(100)), env: metTotaal },
    { name: 'a later Einddatum with the same total may start later', code: 'JW317', mutate: totaal(80), env: metTotaal },
    {
      name: 'a total that only the request introduces starts a new toewijzing, and may start later',
      code: 'JW317',
      mutate: totaal(40),
    },
    { name: 'a TeWijzigenProduct without an actual toewijzing is TR351\'s to report', code: 'JW317', mutate: budget(150000), env: { toewijzingen: zonderToewijzingen(10072) } },
  ],
  invalid: [
    {
      name: 'a budget change that starts after the Ingangsdatum of the toewijzing',
      code: 'JW317',
      mutate: budget(150000),
      env: metBudget,
      errors: [{
        path: gewenst,
        message: 'TeWijzigenProduct 10072 changes the Budget from 100000 to 150000, so GewensteIngangsdatum 2026-02-01 must be the Ingangsdatum 2025-07-01',
      }],
    },
    {
      name: 'a change of the total over the toewijzing period that starts later',
      code: 'JW317',
      mutate: totaal(100),
      env: metTotaal,
      errors: [{ path: gewenst, message: 'changes the total over the toewijzing period from 80 × eenheid 04, frequentie 6 to 100 × eenheid 04, frequentie 6' }],
    },
    {
      name: 'a total turned into hours per month from a later date',
      code: 'JW317',
      env: metTotaal,
      errors: [{ path: gewenst, message: 'to 6 × eenheid 04, frequentie 4' }],
    },
  ],
});
