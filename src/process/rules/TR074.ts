/**
 * TR074 (berichtoverstijgend, 9074): the key of a class with StatusAanlevering 1 is unique against
 * every aanlevering received before, apart from deleted ones (IV008 allows sending a key again after
 * deleting it, also in the same message: the message's status-3 classes apply first).
 */
import type { JW307StopProduct } from '../../message/types.generated.js';
import { isVerwijderen, showKey, startKey, startsNa, stopKey, stopsNa } from './startstop.js';
import { defineRule } from './types.js';

export const TR074 = defineRule({
  meta: {
    id: 'TR074',
    level: 3,
    retourcode: '9074',
    berichten: ['JW305', 'JW307'],
    direction: 'in',
    description: 'The key of a StatusAanlevering 1 class was not received before, unless that aanlevering was deleted',
    source: 'TR074.md; IV008; ijw-rules.md §4.2, §4.3, §9.1 K1',
  },
  check(ctx) {
    if (ctx.code === 'JW305') {
      const producten = ctx.bericht.Client.StartProducten.StartProduct;
      const keys = new Set(startsNa(ctx.env, 'TR074', producten).map(startKey));
      for (const p of producten) {
        if (!isVerwijderen(p) && keys.has(startKey(p))) ctx.report(p, undefined, `a start with ${showKey(p)} was received before`);
      }
    } else {
      const producten = ctx.bericht.Client.StopProducten.StopProduct;
      const keys = new Set(stopsNa(ctx.env, 'TR074', producten).map(stopKey));
      for (const p of producten) {
        if (!isVerwijderen(p) && keys.has(stopKey(p as JW307StopProduct))) {
          ctx.report(p, undefined, `a stop with ${showKey(p)}, RedenBeeindiging ${p.RedenBeeindiging} and Einddatum ${p.Einddatum} was received before`);
        }
      }
    }
  },
});
