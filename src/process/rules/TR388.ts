/**
 * TR388 (berichtoverstijgend, 9388): the ProductPeriode ends on the last day of its calendar month,
 * or on the toewijzing's Einddatum when that lies earlier in the month (IV089). A ProductPeriode
 * ending after the Einddatum is TR308's error, not this one. Debits only.
 */
import { daysInMonth } from './support.js';
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR388 = defineRule({
  meta: {
    id: 'TR388',
    level: 3,
    retourcode: '9388',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductPeriode ends on the last day of its month, or on the Einddatum of the toewijzing when that lies earlier in the month',
    source: 'TR388.md; IV089; ijw-rules.md §4.6, §8.3',
  },
  check: prestatieCheck({
    id: 'TR388',
    toewijzing: true,
    field: 'ProductPeriode',
    check({ p, t }) {
      const end = p.ProductPeriode.Einddatum;
      if (t!.einddatum !== null && end > t!.einddatum) return undefined;
      const y = Number(end.slice(0, 4));
      const m = Number(end.slice(5, 7));
      const last = `${end.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
      const expected = t!.einddatum !== null && t!.einddatum < last ? t!.einddatum : last;
      if (end === expected) return undefined;
      return `ProductPeriode ends ${end}; it ends on ${expected}, ${expected === last ? 'the last day of the month' : `the Einddatum of toewijzing ${t!.nummer}`}`;
    },
  }),
});
