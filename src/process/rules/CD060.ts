import { forEachPrestatie } from './support.js';
import { defineRule } from './types.js';

export const CD060 = defineRule({
  meta: {
    id: 'CD060',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323', 'JW325'],
    direction: 'both',
    description: 'ProductReferentie VorigReferentieNummer is filled for a credit prestatie (DebetCredit C) and empty for a debit one',
    source: 'CC file CD060; ijw-rules.md §5.1',
  },
  check(ctx) {
    forEachPrestatie(ctx.bericht, (p) => {
      const ref = p.ProductReferentie;
      const credit = p.IngediendBedrag.DebetCredit === 'C';
      if (credit && ref.VorigReferentieNummer === undefined) {
        ctx.report(ref, 'VorigReferentieNummer', `Credit prestatie ${ref.ReferentieNummer} needs the VorigReferentieNummer of the debit prestatie it credits`);
      } else if (!credit && ref.VorigReferentieNummer !== undefined) {
        ctx.report(ref, 'VorigReferentieNummer', `Debit prestatie ${ref.ReferentieNummer} must not have a VorigReferentieNummer (${ref.VorigReferentieNummer})`);
      }
    });
  },
});
