/**
 * TR341 (berichtoverstijgend, 9341): the prestatie's Eenheid fits the toewijzing's: equal, or
 * minutes (01) against hours (04). A toewijzing without Omvang (aspecific, generic) has no Eenheid:
 * then the Eenheid of the declared product in the region contract applies (OP267), or one the
 * contract allows a toewijzing for that product to use; where the contract does not establish the
 * Eenheid (no region file, product not in it, Eenheid onbekend) nothing is rejected: a rule never
 * rejects on information the municipality does not have (candidates, when listed, are accepted).
 * Debits only.
 */
import { productOf } from '../../ledger/regio/load.js';
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

const fits = (assigned: string, declared: string): boolean => declared === assigned || (assigned === '04' && declared === '01');

export const TR341 = defineRule({
  meta: {
    id: 'TR341',
    level: 3,
    retourcode: '9341',
    berichten: ['JW323'],
    direction: 'in',
    description: "Eenheid fits the toewijzing's (minutes may be declared against hours), or for an aspecific or generic toewijzing the contract's",
    source: 'TR341.md; OP267; IV081; ijw-rules.md §4.6, §8.4',
  },
  check: prestatieCheck({
    id: 'TR341',
    toewijzing: true,
    field: 'Eenheid',
    check({ env, p, t }) {
      if (t!.omvang) {
        if (fits(t!.omvang.Eenheid, p.Eenheid)) return undefined;
        return `Eenheid ${p.Eenheid} does not fit Eenheid ${t!.omvang.Eenheid} of toewijzing ${t!.nummer}`;
      }
      const product = env.regio ? productOf(env.regio, p.ProductCategorie, p.ProductCode, p.ProductPeriode.Begindatum) : undefined;
      if (!product) return undefined;
      const allowed = [
        ...(typeof product.eenheid === 'string' ? [product.eenheid] : (product.eenheid.kandidaten ?? [])),
        ...(product.toewijzingEenheden ?? []),
      ];
      if (typeof product.eenheid !== 'string' && !product.eenheid.kandidaten?.length) return undefined;
      if (allowed.some((e) => fits(e, p.Eenheid))) return undefined;
      return `Eenheid ${p.Eenheid} does not fit the contract of product ${p.ProductCode} (${[...new Set(allowed)].join(', ')}) for toewijzing ${t!.nummer}, which has no Omvang`;
    },
  }),
});
