/**
 * TR340 (berichtoverstijgend, 9340): the prestatie's ProductCode is the toewijzing's, when the
 * toewijzing has one (specific toewijzingen; for aspecific and generic ones any contracted code of
 * the category may be declared, IV075, OP302). Debits only.
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR340 = defineRule({
  meta: {
    id: 'TR340',
    level: 3,
    retourcode: '9340',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductCode is that of the toewijzing, when it has one',
    source: 'TR340.md; OP302; IV075; ijw-rules.md §4.6, §8.2',
  },
  check: prestatieCheck({
    id: 'TR340',
    toewijzing: true,
    field: 'ProductCode',
    check({ p, t }) {
      if (t!.code === null || t!.code === p.ProductCode) return undefined;
      return `ProductCode ${p.ProductCode} differs from code ${t!.code} of toewijzing ${t!.nummer}`;
    },
  }),
});
