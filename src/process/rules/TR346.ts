/**
 * TR346 (externe bron, 9346): unless the Eenheid is 83 (euro), IngediendBedrag = GeleverdVolume ×
 * ProductTarief. With an hourly contract tariff declared in minutes, ProductTarief is the hourly
 * tariff / 60 rounded to whole cents, and IngediendBedrag = round(hourly tariff × minutes / 60)
 * (IV081); that is where the contract (S9) comes in. When the region file gives the hourly tariff,
 * that one is used; when it does not, the amount is accepted if some hourly tariff whose per-minute
 * rounding is the ProductTarief gives it, since a rule does not reject on a tariff it cannot know.
 * Debits only (ijw-rules.md §9.1 C1).
 */
import { productOf, tariefOf } from '../../ledger/regio/load.js';
import type { JW323Prestatie } from '../../message/types.generated.js';
import { prestatieCheck, roundHalfUp } from './declaratie.js';
import { defineRule, type RuleEnv } from './types.js';

/** The hourly contract tariff of the declared product, when the region file gives one. */
function uurtarief(env: RuleEnv, p: JW323Prestatie): number | undefined {
  if (!env.regio) return undefined;
  const date = p.ProductPeriode.Begindatum;
  const t = tariefOf(env.regio, productOf(env.regio, p.ProductCategorie, p.ProductCode, date) ?? p.ProductCode, date);
  return t.kind === 'bekend' && t.eenheid === '04' ? t.eurocent : undefined;
}

export const TR346 = defineRule({
  meta: {
    id: 'TR346',
    level: 4,
    retourcode: '9346',
    berichten: ['JW323'],
    direction: 'in',
    description: 'Unless Eenheid is 83, IngediendBedrag is GeleverdVolume × ProductTarief; minutes against an hourly tariff: round(hourly tariff × minutes / 60)',
    source: 'TR346.md; IV081; ijw-rules.md §4.6, §8.3',
  },
  check: prestatieCheck({
    id: 'TR346',
    field: 'IngediendBedrag',
    check({ env, p }) {
      const tarief = p.ProductTarief;
      if (p.Eenheid === '83' || tarief === undefined) return undefined; // no tariff: CD087, CS339
      const volume = p.GeleverdVolume;
      const bedrag = p.IngediendBedrag.Bedrag;
      if (volume * tarief === bedrag) return undefined;
      if (p.Eenheid === '01') {
        const uur = uurtarief(env, p);
        if (uur !== undefined) {
          const expected = roundHalfUp(uur * volume, 60);
          if (expected === bedrag) return undefined;
          return `IngediendBedrag ${bedrag} is neither GeleverdVolume ${volume} × ProductTarief ${tarief} = ${volume * tarief} nor round(hourly contract tariff ${uur} × ${volume} minutes / 60) = ${expected} (IV081)`;
        }
        // round(h / 60) = tarief for h in [60·tarief − 30, 60·tarief + 30).
        for (let h = Math.max(0, 60 * tarief - 30); h < 60 * tarief + 30; h++) if (roundHalfUp(h * volume, 60) === bedrag) return undefined;
        return `IngediendBedrag ${bedrag} is neither GeleverdVolume ${volume} × ProductTarief ${tarief} = ${volume * tarief} nor round(hourly tariff × ${volume} minutes / 60) for any hourly tariff of which ${tarief} is the per-minute rounding (IV081)`;
      }
      return `IngediendBedrag ${bedrag} is not GeleverdVolume ${volume} × ProductTarief ${tarief} = ${volume * tarief}`;
    },
  }),
});
