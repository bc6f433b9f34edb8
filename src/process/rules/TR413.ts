/**
 * TR413 (berichtoverstijgend, 9413): after a temporary stop (RedenBeeindiging 20) of a start, a new
 * stop of that start must give another reason (OP378): a temporary stop is followed by a new start
 * or by a definitive stop, not by a second temporary one.
 */
import { isVerwijderen, showKey, startKey, stopsNa } from './startstop.js';
import { defineRule } from './types.js';

export const TR413 = defineRule({
  meta: {
    id: 'TR413',
    level: 3,
    retourcode: '9413',
    berichten: ['JW307'],
    direction: 'in',
    description: 'A start that was stopped temporarily (RedenBeeindiging 20) is not stopped temporarily again',
    source: 'TR413.md; OP378; ijw-rules.md §4.3',
  },
  check(ctx) {
    const producten = ctx.bericht.Client.StopProducten.StopProduct;
    const tijdelijk = new Set(stopsNa(ctx.env, 'TR413', producten).filter((s) => s.redenBeeindiging === '20').map(startKey));
    for (const p of producten) {
      if (!isVerwijderen(p) && p.RedenBeeindiging === '20' && tijdelijk.has(startKey(p))) {
        ctx.report(p, 'RedenBeeindiging', `the start with ${showKey(p)} was already stopped temporarily (RedenBeeindiging 20)`);
      }
    }
  },
});
