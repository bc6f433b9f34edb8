/**
 * TR071 (berichtoverstijgend, 9071): a start cannot be deleted (StatusAanlevering 3) once a stop
 * has been sent for it; the stop must be deleted first.
 */
import { isVerwijderen, showKey, startKey, stopsNa } from './startstop.js';
import { defineRule } from './types.js';

export const TR071 = defineRule({
  meta: {
    id: 'TR071',
    level: 3,
    retourcode: '9071',
    berichten: ['JW305'],
    direction: 'in',
    description: 'A start is not deleted (StatusAanlevering 3) while a stop for it exists',
    source: 'TR071.md; ijw-rules.md §4.2',
  },
  check(ctx) {
    const gestopt = new Set(stopsNa(ctx.env, 'TR071').map(startKey));
    for (const p of ctx.bericht.Client.StartProducten.StartProduct) {
      if (isVerwijderen(p) && gestopt.has(startKey(p))) {
        ctx.report(p, 'StatusAanlevering', `the start with ${showKey(p)} has a stop; delete the stop first`);
      }
    }
  },
});
