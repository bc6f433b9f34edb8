/**
 * TR308 (berichtoverstijgend, 9308): the ProductPeriode does not end after the Einddatum of the
 * toewijzing, when it has one (OP279). Debits only.
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR308 = defineRule({
  meta: {
    id: 'TR308',
    level: 3,
    retourcode: '9308',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductPeriode Einddatum is on or before the Einddatum of the toewijzing, if it has one',
    source: 'TR308.md; OP279; ijw-rules.md §4.6',
  },
  check: prestatieCheck({
    id: 'TR308',
    toewijzing: true,
    field: 'ProductPeriode',
    check({ p, t }) {
      const end = p.ProductPeriode.Einddatum;
      if (t!.einddatum === null || end <= t!.einddatum) return undefined;
      return `ProductPeriode ends ${end}, after the Einddatum ${t!.einddatum} of toewijzing ${t!.nummer}`;
    },
  }),
});
