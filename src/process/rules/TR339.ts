/**
 * TR339 (berichtoverstijgend, 9339): the prestatie's ProductCategorie is the toewijzing's, when the
 * toewijzing has one (specific and aspecific toewijzingen; a generic one has none). Debits only.
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR339 = defineRule({
  meta: {
    id: 'TR339',
    level: 3,
    retourcode: '9339',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductCategorie is that of the toewijzing, when it has one',
    source: 'TR339.md; OP302; ijw-rules.md §4.6, §8.2',
  },
  check: prestatieCheck({
    id: 'TR339',
    toewijzing: true,
    field: 'ProductCategorie',
    check({ p, t }) {
      if (t!.categorie === null || t!.categorie === p.ProductCategorie) return undefined;
      return `ProductCategorie ${p.ProductCategorie} differs from categorie ${t!.categorie} of toewijzing ${t!.nummer}`;
    },
  }),
});
