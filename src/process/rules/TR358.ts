import { forEachPrestatie, formatSigned, signed, signedTotaal } from './support.js';
import { defineRule } from './types.js';

export const TR358 = defineRule({
  meta: {
    id: 'TR358',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'TotaalIngediendBedrag equals the sum of all Prestaties\' IngediendBedrag, debit added and credit subtracted',
    source: 'TR358.md; ijw-rules.md §3',
  },
  check(ctx) {
    const d = ctx.bericht.Declaratie;
    let sum = 0;
    // Eurocent integers: 10,000 prestaties of at most 99,999,999 stay far below 2^53.
    forEachPrestatie(ctx.bericht, (p) => {
      sum += signed(p.IngediendBedrag);
    });
    const total = signedTotaal(d.TotaalIngediendBedrag);
    if (sum !== total) {
      ctx.report(d, 'TotaalIngediendBedrag',
        `TotaalIngediendBedrag ${formatSigned(total)} does not equal the sum of the prestaties' IngediendBedrag, ${formatSigned(sum)}`);
    }
  },
});
