/**
 * TR019 (berichtoverstijgend, 9019): for inspannings- or outputgerichte delivery a start or stop
 * must relate to a toewijzing by its ToewijzingNummer. Related means: a toewijzing of this gemeente,
 * for this client at this provider, that is not deleted. Without a ToewijzingNummer the class is
 * only allowed when the region contract makes its product taakgericht (IV096; ijw-rules.md §9.1 P1:
 * an unknown variant is not taakgericht). Status-3 classes get no content checks (TR063).
 */
import { productOf } from '../../ledger/regio/load.js';
import { isVerwijderen, showKey } from './startstop.js';
import { defineRule, type RuleEnv } from './types.js';
import type { JW305StartProduct, JW307StopProduct } from '../../message/types.generated.js';

export const TR019 = defineRule({
  meta: {
    id: 'TR019',
    level: 3,
    retourcode: '9019',
    berichten: ['JW305', 'JW307'],
    direction: 'in',
    description: 'A start or stop of inspannings- or outputgerichte delivery relates to a toewijzing of this client at this provider by its ToewijzingNummer',
    source: 'TR019.md; IV096; ijw-rules.md §4.2, §9.1 P1',
  },
  check(ctx) {
    const toewijzingen = ctx.env.toewijzingen;
    if (!toewijzingen) throw new Error('TR019 needs env.toewijzingen (the toewijzing ledger)');
    const { Afzender } = ctx.bericht.Header;
    const client = ctx.bericht.Client;
    const producten: (JW305StartProduct | JW307StopProduct)[] =
      ctx.code === 'JW305' ? ctx.bericht.Client.StartProducten.StartProduct : ctx.bericht.Client.StopProducten.StopProduct;
    for (const p of producten) {
      if (isVerwijderen(p)) continue;
      if (p.ToewijzingNummer === undefined) {
        if (!taakgericht(ctx.env, p)) {
          ctx.report(p, undefined, `${showKey(p)} has no ToewijzingNummer, and its product is not taakgericht under the region contract`);
        }
        continue;
      }
      const t = toewijzingen.get(p.ToewijzingNummer);
      const why = !t
        ? 'is not a toewijzing of this gemeente'
        : t.agb !== Afzender
          ? 'is a toewijzing to another provider'
          : t.bsn !== client.Bsn
            ? 'is a toewijzing for another client'
            : t.verwijderd
              ? 'is a deleted toewijzing'
              : undefined;
      if (why) ctx.report(p, 'ToewijzingNummer', `ToewijzingNummer ${p.ToewijzingNummer} ${why}`);
    }
  },
});

function taakgericht(env: RuleEnv, p: JW305StartProduct | JW307StopProduct): boolean {
  if (!env.regio || !p.Product?.Code) return false;
  return productOf(env.regio, p.Product.Categorie, p.Product.Code, p.Begindatum)?.uitvoeringsvariant === 'taakgericht';
}
