/**
 * TR387 (berichtoverstijgend, 9387): the ProductPeriode begins on the first day of its calendar
 * month, or on the toewijzing's Ingangsdatum when that lies later in the month (IV089, OP368). A
 * ProductPeriode beginning before the Ingangsdatum is TR307's error, not this one. Debits only.
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR387 = defineRule({
  meta: {
    id: 'TR387',
    level: 3,
    retourcode: '9387',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductPeriode begins on the first of its month, or on the Ingangsdatum of the toewijzing when that lies later in the month',
    source: 'TR387.md; IV089; OP368; ijw-rules.md §4.6, §8.3',
  },
  check: prestatieCheck({
    id: 'TR387',
    toewijzing: true,
    field: 'ProductPeriode',
    check({ p, t }) {
      const begin = p.ProductPeriode.Begindatum;
      if (begin < t!.ingangsdatum) return undefined;
      const first = `${begin.slice(0, 7)}-01`;
      const expected = t!.ingangsdatum > first ? t!.ingangsdatum : first;
      if (begin === expected) return undefined;
      return `ProductPeriode begins ${begin}; it begins on ${expected}, ${expected === first ? 'the first of the month' : `the Ingangsdatum of toewijzing ${t!.nummer}`}`;
    },
  }),
});
