/**
 * TR307 (berichtoverstijgend, 9307): the ProductPeriode does not begin before the Ingangsdatum of
 * the toewijzing (OP279). Debits only.
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR307 = defineRule({
  meta: {
    id: 'TR307',
    level: 3,
    retourcode: '9307',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductPeriode Begindatum is on or after the Ingangsdatum of the toewijzing',
    source: 'TR307.md; OP279; ijw-rules.md §4.6',
  },
  check: prestatieCheck({
    id: 'TR307',
    toewijzing: true,
    field: 'ProductPeriode',
    check({ p, t }) {
      const begin = p.ProductPeriode.Begindatum;
      if (begin >= t!.ingangsdatum) return undefined;
      return `ProductPeriode begins ${begin}, before the Ingangsdatum ${t!.ingangsdatum} of toewijzing ${t!.nummer}`;
    },
  }),
});
