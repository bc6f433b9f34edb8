/**
 * TR314 (berichtoverstijgend, 8021): the ReferentieNummer of a prestatie is unique for the provider
 * within the Jeugdwet domain (OP283), within one message (TR101 at CL2 already) and over all
 * messages. Counted are the prestaties the municipality approved: a rejected prestatie is not
 * registered, so the provider may send its correction under the same ReferentieNummer (ijw-rules.md
 * §9.1 N1: register ProductReferenties only from accepted declarations; a rejected prestatie can
 * never be credited either, IV085). Applies to credits too (§9.1 C1).
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR314 = defineRule({
  meta: {
    id: 'TR314',
    level: 3,
    retourcode: '8021',
    berichten: ['JW323'],
    direction: 'in',
    description: 'The ReferentieNummer was not used by this provider for an earlier approved prestatie',
    source: 'TR314.md; OP283; IV085; ijw-rules.md §4.6, §9.1 C1, N1',
  },
  check: prestatieCheck({
    id: 'TR314',
    soort: 'beide',
    field: 'ProductReferentie',
    check({ p, run }) {
      const ref = p.ProductReferentie.ReferentieNummer;
      if (!run.historie.perReferentie.has(ref)) return undefined;
      return `ReferentieNummer ${ref} was used by this provider for an earlier approved prestatie`;
    },
  }),
});
