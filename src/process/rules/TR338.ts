/**
 * TR338 (berichtoverstijgend, 9338): a prestatie relates to a toegewezen product by its
 * ToewijzingNummer (OP276): a toewijzing of this gemeente to this provider. One of another provider
 * is not a relation the sender can declare on. Debits only (ijw-rules.md §9.1 C1).
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR338 = defineRule({
  meta: {
    id: 'TR338',
    level: 3,
    retourcode: '9338',
    berichten: ['JW323'],
    direction: 'in',
    description: 'The prestatie relates by its ToewijzingNummer to a toewijzing of this gemeente to this provider',
    source: 'TR338.md; OP276; ijw-rules.md §4.6, §8.4',
  },
  check: prestatieCheck({
    id: 'TR338',
    field: 'ToewijzingNummer',
    check({ bericht, p, lookup }) {
      if (!lookup) return `ToewijzingNummer ${p.ToewijzingNummer} is not a toewijzing of this gemeente`;
      if (lookup.agb !== bericht.Header.Afzender) return `ToewijzingNummer ${p.ToewijzingNummer} is a toewijzing to another provider`;
      return undefined;
    },
  }),
});
