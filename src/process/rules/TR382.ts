/**
 * TR382 (berichtoverstijgend, retourcode 9069): a stop copies the key of its start unchanged
 * (ToewijzingNummer, Product, Begindatum), so a start with that key must exist and not be deleted
 * (OP072, OP155). It may have been stopped temporarily before: a definitive stop can follow (TR415).
 */
import { isVerwijderen, showKey, startKey, startsNa } from './startstop.js';
import { defineRule } from './types.js';

export const TR382 = defineRule({
  meta: {
    id: 'TR382',
    level: 3,
    retourcode: '9069',
    berichten: ['JW307'],
    direction: 'in',
    description: 'A stop carries the key of a start of this client (ToewijzingNummer, Product, Begindatum) that exists and is not deleted',
    source: 'TR382.md; OP072; OP155; ijw-rules.md §4.3',
  },
  check(ctx) {
    const starts = new Set(startsNa(ctx.env, 'TR382').map(startKey));
    for (const p of ctx.bericht.Client.StopProducten.StopProduct) {
      if (!isVerwijderen(p) && !starts.has(startKey(p))) ctx.report(p, undefined, `no start of this client with ${showKey(p)}`);
    }
  },
});
