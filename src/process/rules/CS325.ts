import type { CDT_BedragMetDC, CDT_TotaalBedragMetDC } from '../../message/types.generated.js';
import { forEachPrestatie } from './support.js';
import { defineRule } from './types.js';

export const CS325 = defineRule({
  meta: {
    id: 'CS325',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323', 'JW325'],
    direction: 'both',
    description: 'An amount of 0 carries DebetCredit D (TotaalIngediendBedrag, TotaalToegekendBedrag, IngediendBedrag)',
    source: 'CC file CS325; ijw-rules.md §5.2',
  },
  check(ctx) {
    const total = (a: CDT_TotaalBedragMetDC | undefined, name: string): void => {
      if (a && a.TotaalBedrag === 0 && a.DebetCredit !== 'D') ctx.report(a, 'DebetCredit', `${name} is 0 with DebetCredit ${a.DebetCredit}; a zero amount is D`);
    };
    const amount = (a: CDT_BedragMetDC, ref: string): void => {
      if (a.Bedrag === 0 && a.DebetCredit !== 'D') ctx.report(a, 'DebetCredit', `IngediendBedrag of prestatie ${ref} is 0 with DebetCredit ${a.DebetCredit}; a zero amount is D`);
    };
    if (ctx.code === 'JW323') {
      total(ctx.bericht.Declaratie.TotaalIngediendBedrag, 'TotaalIngediendBedrag');
    } else {
      total(ctx.bericht.DeclaratieAntwoord?.TotaalIngediendBedrag, 'TotaalIngediendBedrag');
      total(ctx.bericht.DeclaratieAntwoord?.TotaalToegekendBedrag, 'TotaalToegekendBedrag');
    }
    forEachPrestatie(ctx.bericht, (p) => amount(p.IngediendBedrag, p.ProductReferentie.ReferentieNummer));
  },
});
