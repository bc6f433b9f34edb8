/**
 * TR414 (berichtoverstijgend, 9414): when a start already has a stop, a new stop of it does not end
 * before that stop's Einddatum.
 */
import { isVerwijderen, showKey, startKey, stopsNa } from './startstop.js';
import { defineRule } from './types.js';

export const TR414 = defineRule({
  meta: {
    id: 'TR414',
    level: 3,
    retourcode: '9414',
    berichten: ['JW307'],
    direction: 'in',
    description: 'A new stop of a start that has a stop has an Einddatum on or after that stop\'s Einddatum',
    source: 'TR414.md; ijw-rules.md §4.3',
  },
  check(ctx) {
    const producten = ctx.bericht.Client.StopProducten.StopProduct;
    const laatste = new Map<string, string>();
    for (const s of stopsNa(ctx.env, 'TR414', producten)) {
      const k = startKey(s);
      if ((laatste.get(k) ?? '') < s.einddatum) laatste.set(k, s.einddatum);
    }
    for (const p of producten) {
      const eerder = laatste.get(startKey(p));
      if (!isVerwijderen(p) && eerder !== undefined && p.Einddatum < eerder) {
        ctx.report(p, 'Einddatum', `Einddatum ${p.Einddatum} lies before ${eerder}, the Einddatum of the earlier stop of the start with ${showKey(p)}`);
      }
    }
  },
});
