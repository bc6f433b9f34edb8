/**
 * TR063 (berichtoverstijgend, 9063): a class with StatusAanlevering 3 (delete) needs an earlier,
 * not yet deleted aanlevering with the same logical key for this client. No other content checks
 * apply to such a class (TR063 toelichting).
 */
import type { JW305StartProduct, JW307StopProduct } from '../../message/types.generated.js';
import { isVerwijderen, showKey, startKey, stopKey, startsNa, stopsNa } from './startstop.js';
import { defineRule } from './types.js';

export const TR063 = defineRule({
  meta: {
    id: 'TR063',
    level: 3,
    retourcode: '9063',
    berichten: ['JW305', 'JW307'],
    direction: 'in',
    description: 'StatusAanlevering 3 deletes an earlier, not yet deleted aanlevering with the same logical key for this client',
    source: 'TR063.md; IV008; ijw-rules.md §4.2, §4.3, §9.1 K1',
  },
  check(ctx) {
    let found: (p: JW305StartProduct | JW307StopProduct) => boolean;
    let producten: (JW305StartProduct | JW307StopProduct)[];
    if (ctx.code === 'JW305') {
      const keys = new Set(startsNa(ctx.env, 'TR063').map(startKey));
      producten = ctx.bericht.Client.StartProducten.StartProduct;
      found = (p) => keys.has(startKey(p));
    } else {
      const keys = new Set(stopsNa(ctx.env, 'TR063').map(stopKey));
      producten = ctx.bericht.Client.StopProducten.StopProduct;
      found = (p) => keys.has(stopKey(p as JW307StopProduct));
    }
    const soort = ctx.code === 'JW305' ? 'start' : 'stop';
    for (const p of producten) {
      if (isVerwijderen(p) && !found(p)) {
        ctx.report(p, 'StatusAanlevering', `no earlier ${soort} of this client with ${showKey(p)}${ctx.code === 'JW307' ? ', RedenBeeindiging and Einddatum' : ''} to delete`);
      }
    }
  },
});
