/**
 * TR333 (berichtoverstijgend, 9333): the DeclaratieNummer is unique for the provider within the
 * Jeugdwet domain (OP349), so over every gemeente this service serves. Only declarations that were
 * processed count: one rejected on the Declaratie class counts as not sent (IV087), and a CL2
 * rejection leaves no trace either (ijw-rules.md §9.1 N1). Reported on the Declaratie class: the
 * whole declaration is rejected (IV087: DeclaratieAntwoord 9333, TotaalToegekendBedrag 0).
 */
import { defineRule } from './types.js';
import './declaratie.js';

export const TR333 = defineRule({
  meta: {
    id: 'TR333',
    level: 3,
    retourcode: '9333',
    berichten: ['JW323'],
    direction: 'in',
    description: 'DeclaratieNummer is unique for the provider: no earlier processed declaration of this provider used it',
    source: 'TR333.md; OP349; IV087; ijw-rules.md §4.6, §9.1 N1',
  },
  check(ctx) {
    const h = ctx.env.declaraties;
    if (!h) throw new Error('TR333 needs env.declaraties (the declaration ledger)');
    const d = ctx.bericht.Declaratie;
    if (h.nummers.has(d.DeclaratieNummer)) {
      ctx.report(d, 'DeclaratieNummer', `DeclaratieNummer ${d.DeclaratieNummer} was used by this provider for an earlier declaration`);
    }
  },
});
