/**
 * TR380 names no element (GAP 9.1-S2). In JW317 it is NieuwProduct.GewensteIngangsdatum: a new
 * product is asked for the future (OP343). Not TeWijzigenProduct.GewensteIngangsdatum: that may
 * lie in the past when it equals the original Ingangsdatum (a change over the whole term, IV092,
 * FAQ), which TR357 judges at CL3.
 */
import { defineRule } from './types.js';

export const TR380 = defineRule({
  meta: {
    id: 'TR380',
    level: 2,
    retourcode: '0001',
    berichten: ['JW317'],
    direction: 'in',
    description: 'NieuwProduct GewensteIngangsdatum is after the Dagtekening of the message',
    source: 'TR380.md; OP343; ijw-rules.md §3, §9.1-S2',
  },
  check(ctx) {
    const dagtekening = ctx.bericht.Header.BerichtIdentificatie.Dagtekening;
    for (const p of ctx.bericht.Client.Verzoek.NieuweProducten?.NieuwProduct ?? []) {
      if (p.GewensteIngangsdatum <= dagtekening) {
        ctx.report(p, 'GewensteIngangsdatum', `GewensteIngangsdatum ${p.GewensteIngangsdatum} is not after the Dagtekening ${dagtekening}`);
      }
    }
  },
});
