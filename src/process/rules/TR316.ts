import { forEachPrestatie } from './support.js';
import type { CDT_Referentie } from '../../message/types.generated.js';
import { defineRule } from './types.js';

export const TR316 = defineRule({
  meta: {
    id: 'TR316',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'A debit prestatie is not credited in the same message: no VorigReferentieNummer equals a ReferentieNummer of the message',
    source: 'TR316.md; ijw-rules.md §3',
  },
  check(ctx) {
    // Most declarations hold few credits: collect them first and only index the ReferentieNummers when needed.
    const credits: CDT_Referentie[] = [];
    forEachPrestatie(ctx.bericht, (p) => {
      if (p.ProductReferentie.VorigReferentieNummer !== undefined) credits.push(p.ProductReferentie);
    });
    if (credits.length === 0) return;
    const nummers = new Set<string>();
    forEachPrestatie(ctx.bericht, (p) => {
      nummers.add(p.ProductReferentie.ReferentieNummer);
    });
    for (const ref of credits) {
      const vorig = ref.VorigReferentieNummer!;
      if (nummers.has(vorig)) {
        ctx.report(ref, 'VorigReferentieNummer', `VorigReferentieNummer ${vorig} credits the prestatie with ReferentieNummer ${vorig} of this same message`);
      }
    }
  },
});
