/**
 * TR342 on the JW325 we build (the provider checks it). "Afkeur op berichtklasse
 * DeclaratieAntwoord" means its RetourCodes hold a code other than 0200 (no remark, some prestaties
 * rejected) and 8001 (fully awarded); then no prestaties are assessed or returned and
 * TotaalToegekendBedrag is 0. Otherwise only rejected prestaties are returned (each carries a code
 * other than 0200; 0233 = not assessed counts as not awarded) and they explain the difference:
 * Σ IngediendBedrag (D+, C−) = TotaalIngediendBedrag − TotaalToegekendBedrag.
 */
import { formatSigned, signed, signedTotaal } from './support.js';
import { defineRule } from './types.js';

const NOT_A_REJECTION = new Set(['0200', '8001']);

export const TR342 = defineRule({
  meta: {
    id: 'TR342',
    level: 2,
    retourcode: '0001',
    berichten: ['JW325'],
    direction: 'out',
    description: 'A JW325 returns only rejected prestaties, whose signed sum equals TotaalIngediendBedrag minus TotaalToegekendBedrag; a rejected DeclaratieAntwoord returns none and awards 0',
    source: 'TR342.md; IV087; ijw-rules.md §1.4, §3',
  },
  check(ctx) {
    const da = ctx.bericht.DeclaratieAntwoord;
    if (!da) return;
    const clients = da.Clienten?.Client ?? [];
    const rejectedWhole = da.RetourCodes.RetourCode.some((c) => !NOT_A_REJECTION.has(c));
    if (rejectedWhole) {
      const codes = da.RetourCodes.RetourCode.join(', ');
      if (clients.length) {
        ctx.report(da, 'Clienten', `DeclaratieAntwoord is rejected (RetourCode ${codes}), so it must not return Clienten or prestaties`);
      }
      if (da.TotaalToegekendBedrag.TotaalBedrag !== 0) {
        ctx.report(da, 'TotaalToegekendBedrag',
          `DeclaratieAntwoord is rejected (RetourCode ${codes}), so TotaalToegekendBedrag must be 0, not ${formatSigned(signedTotaal(da.TotaalToegekendBedrag))}`);
      }
      return;
    }
    let sum = 0;
    for (const c of clients) {
      for (const p of c.Prestaties.Prestatie) {
        sum += signed(p.IngediendBedrag);
        if (p.RetourCodes.RetourCode.every((code) => code === '0200')) {
          ctx.report(p, 'RetourCodes',
            `Prestatie ${p.ProductReferentie.ReferentieNummer} is returned without a rejection code (only 0200); a JW325 returns only rejected prestaties`);
        }
      }
    }
    const expected = signedTotaal(da.TotaalIngediendBedrag) - signedTotaal(da.TotaalToegekendBedrag);
    if (sum !== expected) {
      ctx.report(da, 'TotaalToegekendBedrag',
        `TotaalIngediendBedrag ${formatSigned(signedTotaal(da.TotaalIngediendBedrag))} minus TotaalToegekendBedrag ${formatSigned(signedTotaal(da.TotaalToegekendBedrag))} is ${formatSigned(expected)}, but the returned prestaties add up to ${formatSigned(sum)}`);
    }
  },
});
