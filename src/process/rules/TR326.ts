/**
 * TR326 (berichtoverstijgend, 9326): a start is only sent when the toegewezen product has no actual
 * start: every earlier start for it was stopped (temporarily or definitively) or deleted (IV008).
 * "The toegewezen product" is the ToewijzingNummer, or the product for taakgericht delivery. A
 * start earlier in the same message counts as actual too.
 */
import { isVerwijderen, productKey, showKey, startKey, startsNa, stopsNa } from './startstop.js';
import { defineRule } from './types.js';

export const TR326 = defineRule({
  meta: {
    id: 'TR326',
    level: 3,
    retourcode: '9326',
    berichten: ['JW305'],
    direction: 'in',
    description: 'A start is only sent when the toegewezen product has no actual start (one not stopped or deleted)',
    source: 'TR326.md; IV008; ijw-rules.md §4.1, §4.2',
  },
  check(ctx) {
    const producten = ctx.bericht.Client.StartProducten.StartProduct;
    const gestopt = new Set(stopsNa(ctx.env, 'TR326').map(startKey));
    const actueel = new Set(startsNa(ctx.env, 'TR326', producten).filter((s) => !gestopt.has(startKey(s))).map(productKey));
    for (const p of producten) {
      if (isVerwijderen(p)) continue;
      if (actueel.has(productKey(p))) ctx.report(p, undefined, `${showKey(p)}: the toegewezen product already has a start that was not stopped or deleted`);
      actueel.add(productKey(p));
    }
  },
});
