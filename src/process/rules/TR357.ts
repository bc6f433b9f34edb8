/**
 * TR357 (berichtoverstijgend, 9357): a TeWijzigenProduct whose GewensteIngangsdatum is on or before
 * the Dagtekening must ask for the change from the original Ingangsdatum of the toewijzing: a change
 * that does not start in the future always covers the whole period (TR357 toelichting, IV092,
 * OP345). Only a TeWijzigenProduct whose toewijzing fits is judged; TR351/TR304 report the others.
 */
import { defineRule } from './types.js';
import { peildatum, teWijzigenMetToewijzing } from './wijziging.js';

export const TR357 = defineRule({
  meta: {
    id: 'TR357',
    level: 3,
    retourcode: '9357',
    berichten: ['JW317'],
    direction: 'in',
    description: 'A GewensteIngangsdatum on or before the Dagtekening equals the Ingangsdatum of the original toewijzing',
    source: 'TR357.md; IV092; OP345; ijw-rules.md §4.5',
  },
  check(ctx) {
    const dagtekening = peildatum(ctx.bericht);
    for (const { product: p, toewijzing: t } of teWijzigenMetToewijzing(ctx.bericht, ctx.env, 'TR357')) {
      if (p.GewensteIngangsdatum <= dagtekening && p.GewensteIngangsdatum !== t.ingangsdatum) {
        ctx.report(p, 'GewensteIngangsdatum',
          `TeWijzigenProduct ${p.ToewijzingNummer}: GewensteIngangsdatum ${p.GewensteIngangsdatum} is not after the Dagtekening ${dagtekening}, so it must be the Ingangsdatum ${t.ingangsdatum} of the toewijzing`);
      }
    }
  },
});
