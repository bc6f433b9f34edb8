/**
 * TR318 (berichtoverstijgend, 8214): declaration periods follow each other. Read literally the rule
 * demands the month after the previous DeclaratiePeriode, but OP284 and IV090 allow gaps (months
 * without care), a second declaration for the same month and late prestaties in a later period;
 * what they forbid is a DeclaratiePeriode before the last one submitted. So, per ijw-rules.md §9.1
 * D1: rejected only when the DeclaratiePeriode lies before the latest DeclaratiePeriode of a
 * processed (not "niet verzonden") declaration of this provider to this gemeente. Reported on the
 * Declaratie class: the whole declaration is rejected (IV087).
 */
import { defineRule } from './types.js';
import './declaratie.js';

export const TR318 = defineRule({
  meta: {
    id: 'TR318',
    level: 3,
    retourcode: '8214',
    berichten: ['JW323'],
    direction: 'in',
    description: "DeclaratiePeriode does not lie before the provider's latest processed DeclaratiePeriode to this gemeente",
    source: 'TR318.md; OP284; IV090; ijw-rules.md §4.6, §9.1 D1',
  },
  check(ctx) {
    const h = ctx.env.declaraties;
    if (!h) throw new Error('TR318 needs env.declaraties (the declaration ledger)');
    const d = ctx.bericht.Declaratie;
    const periode = d.DeclaratiePeriode;
    if (h.laatstePeriode !== null && periode.Begindatum < h.laatstePeriode) {
      ctx.report(d, 'DeclaratiePeriode',
        `DeclaratiePeriode ${periode.Begindatum}..${periode.Einddatum} lies before ${h.laatstePeriode.slice(0, 7)}, the period of this provider's latest declaration; a later declaration may repeat that period or skip months, never go back (IV090)`);
    }
  },
});
