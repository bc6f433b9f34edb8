/**
 * TR390 (berichtoverstijgend, 9390): a debit can be credited once (OP360). A credit is refused when
 * an approved credit of the same debit exists. Within one message TR315 (CL2) already refuses a
 * second credit of the same debit; whether the debit exists at all is TR323's question.
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR390 = defineRule({
  meta: {
    id: 'TR390',
    level: 3,
    retourcode: '9390',
    berichten: ['JW323'],
    direction: 'in',
    description: 'A credit prestatie credits a debit that has no approved credit yet',
    source: 'TR390.md; OP360; ijw-rules.md §4.6, §6.5',
  },
  check: prestatieCheck({
    id: 'TR390',
    soort: 'credit',
    field: 'ProductReferentie',
    check({ p, run }) {
      const vorig = p.ProductReferentie.VorigReferentieNummer!;
      const by = run.historie.perReferentie.get(vorig)?.gecrediteerdDoor;
      if (by === undefined || by === null) return undefined;
      return `debit prestatie ${vorig} was already credited by prestatie ${by}`;
    },
  }),
});
