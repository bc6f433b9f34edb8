/**
 * TR415 (berichtoverstijgend, 9415): once a start is stopped definitively (RedenBeeindiging other
 * than 20), no new stop of it follows (OP377: only a temporary stop can be followed by a definitive
 * one without a new start).
 */
import { isVerwijderen, showKey, startKey, stopsNa } from './startstop.js';
import { defineRule } from './types.js';

export const TR415 = defineRule({
  meta: {
    id: 'TR415',
    level: 3,
    retourcode: '9415',
    berichten: ['JW307'],
    direction: 'in',
    description: 'A start that was stopped definitively (RedenBeeindiging other than 20) gets no new stop',
    source: 'TR415.md; OP377; ijw-rules.md §4.3',
  },
  check(ctx) {
    const producten = ctx.bericht.Client.StopProducten.StopProduct;
    const definitief = new Set(stopsNa(ctx.env, 'TR415', producten).filter((s) => s.redenBeeindiging !== '20').map(startKey));
    for (const p of producten) {
      if (!isVerwijderen(p) && definitief.has(startKey(p))) ctx.report(p, undefined, `the start with ${showKey(p)} was already stopped definitively`);
    }
  },
});
