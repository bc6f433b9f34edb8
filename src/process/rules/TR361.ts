/**
 * TR361 (berichtoverstijgend, 9361): a product occurs more than once in a verzoek om wijziging only
 * with periods that do not overlap. OngewijzigdProducten and TeWijzigenProducten are resolved by
 * their ToewijzingNummer to the toewijzing's product (TR361 toelichting); "the same product" is
 * TR302's (support.ts sameProduct: code, else category, a generic product overlaps all).
 *
 * Periods, as the VOW's desired situation (OP308): an OngewijzigdProduct keeps the toewijzing's
 * Ingangsdatum..Einddatum; a TeWijzigenProduct runs from the toewijzing's Ingangsdatum (the part
 * before the GewensteIngangsdatum stays, IV092; from the GewensteIngangsdatum when that is earlier)
 * to the requested Einddatum, open when empty (as a toewijzing's; CD075/CD076 treat it as the
 * desired end); a NieuwProduct runs from GewensteIngangsdatum to Einddatum.
 *
 * Reported on the later TeWijzigenProduct or NieuwProduct of an overlapping pair, once per class.
 * Not counted: two OngewijzigdProducten (toewijzingen we sent, checked by TR302 then, which the
 * provider asks to keep), two NieuwProducten (TR410 rejects those at CL2, before this rule runs),
 * and a class whose toewijzing does not fit (TR350/TR351/TR304 report it).
 */
import type { CDT_Product } from '../../message/types.generated.js';
import { formatPeriod, formatProduct, periodsOverlap, sameProduct, type Period } from './support.js';
import { defineRule } from './types.js';
import { productVan, relatie, toewijzingenOf } from './wijziging.js';

type Soort = 'OngewijzigdProduct' | 'TeWijzigenProduct' | 'NieuwProduct';

interface Item {
  readonly soort: Soort;
  readonly node: object;
  readonly label: string;
  readonly product: CDT_Product | undefined;
  readonly period: Period;
}

const show = (i: Item): string => `${i.label} (${formatProduct(i.product)}, ${formatPeriod(i.period)})`;

export const TR361 = defineRule({
  meta: {
    id: 'TR361',
    level: 3,
    retourcode: '9361',
    berichten: ['JW317'],
    direction: 'in',
    description: 'A product occurs more than once in a verzoek om wijziging only with non-overlapping periods, Ongewijzigd/TeWijzigenProducten resolved by ToewijzingNummer',
    source: 'TR361.md; TR302.md; TR410.md; OP308; OP347; IV092; ijw-rules.md §4.5',
  },
  check(ctx) {
    const toewijzingen = toewijzingenOf(ctx.env, 'TR361');
    const b = ctx.bericht;
    const v = b.Client.Verzoek;
    const items: Item[] = [];
    for (const p of v.OngewijzigdeProducten?.OngewijzigdProduct ?? []) {
      const { toewijzing: t } = relatie(b, toewijzingen, p.ToewijzingNummer);
      if (!t) continue;
      items.push({
        soort: 'OngewijzigdProduct', node: p, label: `OngewijzigdProduct ${p.ToewijzingNummer}`,
        product: productVan(t), period: { begin: t.ingangsdatum, end: t.einddatum ?? undefined },
      });
    }
    for (const p of v.TeWijzigenProducten?.TeWijzigenProduct ?? []) {
      const { toewijzing: t } = relatie(b, toewijzingen, p.ToewijzingNummer);
      if (!t) continue;
      const begin = p.GewensteIngangsdatum < t.ingangsdatum ? p.GewensteIngangsdatum : t.ingangsdatum;
      items.push({
        soort: 'TeWijzigenProduct', node: p, label: `TeWijzigenProduct ${p.ToewijzingNummer}`,
        product: productVan(t), period: { begin, end: p.Einddatum },
      });
    }
    (v.NieuweProducten?.NieuwProduct ?? []).forEach((p, i) => {
      items.push({
        soort: 'NieuwProduct', node: p, label: `NieuwProduct ${i + 1}`,
        product: p.Product, period: { begin: p.GewensteIngangsdatum, end: p.Einddatum },
      });
    });

    // A handful of classes per VOW: comparing every pair is cheap. The document order (Ongewijzigd,
    // TeWijzigen, Nieuw) makes the later class of a counted pair a TeWijzigen- or NieuwProduct.
    items.forEach((item, j) => {
      const earlier = items.slice(0, j).find((e) =>
        !(e.soort === item.soort && item.soort !== 'TeWijzigenProduct') &&
        sameProduct(e.product, item.product) && periodsOverlap(e.period, item.period));
      if (earlier) ctx.report(item.node, undefined, `${show(item)} overlaps ${show(earlier)}`);
    });
  },
});
