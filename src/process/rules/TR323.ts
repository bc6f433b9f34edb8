/**
 * TR323 (berichtoverstijgend, 8017): a credit prestatie relates, by VorigReferentieNummer, to an
 * earlier debit prestatie of this provider that the municipality approved (OP360, IV085: a
 * rejected prestatie is never credited), in this gemeente. A debit of the same message cannot be
 * credited (TR316, CL2).
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR323 = defineRule({
  meta: {
    id: 'TR323',
    level: 3,
    retourcode: '8017',
    berichten: ['JW323'],
    direction: 'in',
    description: 'A credit prestatie credits, by VorigReferentieNummer, an earlier approved debit prestatie of this provider',
    source: 'TR323.md; OP360; IV085; ijw-rules.md §4.6, §6.5',
  },
  check: prestatieCheck({
    id: 'TR323',
    soort: 'credit',
    field: 'ProductReferentie',
    check({ bericht, p, run }) {
      const vorig = p.ProductReferentie.VorigReferentieNummer!;
      const d = run.historie.perReferentie.get(vorig);
      if (d && d.debetCredit === 'D' && d.gemeente === bericht.Header.Ontvanger) return undefined;
      return `VorigReferentieNummer ${vorig} of credit prestatie ${p.ProductReferentie.ReferentieNummer} is not an earlier approved debit prestatie of this provider in this gemeente`;
    },
  }),
});
