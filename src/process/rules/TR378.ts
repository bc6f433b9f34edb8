/**
 * TR378 (externe bron, S300): the gemeente code in the header exists on the CBS list actual on the
 * relevant date. After a herindeling an older list may be used for a toewijzing that began before
 * it, so the code passes when it exists on the Dagtekening or on any (Toewijzing)Ingangsdatum the
 * message carries. The header field is Ontvanger in what a provider sends, Afzender in what a
 * gemeente sends. The list and its limits (a 2026 snapshot): src/ledger/referentie/cbs.ts.
 */
import { gemeenteBestaatOp } from '../../ledger/referentie/cbs.js';
import { defineRule } from './types.js';

export const TR378 = defineRule({
  meta: {
    id: 'TR378',
    level: 4,
    retourcode: 'S300',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319', 'JW323', 'JW325'],
    direction: 'both',
    description: 'The gemeente code in the header is on the CBS list actual on the (Toewijzing)Ingangsdatum or the Dagtekening',
    source: 'TR378.md; ijw-rules.md §4.2, §9.1 Y1',
  },
  check(ctx) {
    const h = ctx.bericht.Header;
    const field = ctx.code === 'JW301' || ctx.code === 'JW319' || ctx.code === 'JW325' ? 'Afzender' : 'Ontvanger';
    const code = (h as unknown as Record<string, string>)[field]!;
    const dates = [h.BerichtIdentificatie.Dagtekening];
    if (ctx.code === 'JW301') for (const p of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) dates.push(p.Ingangsdatum);
    if (ctx.code === 'JW315') for (const p of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) dates.push(p.ToewijzingIngangsdatum);
    if (ctx.code === 'JW305') for (const p of ctx.bericht.Client.StartProducten.StartProduct) if (p.ToewijzingIngangsdatum) dates.push(p.ToewijzingIngangsdatum);
    if (ctx.code === 'JW307') for (const p of ctx.bericht.Client.StopProducten.StopProduct) if (p.ToewijzingIngangsdatum) dates.push(p.ToewijzingIngangsdatum);
    if (!dates.some((d) => gemeenteBestaatOp(code, d))) {
      ctx.report(h, field, `${field} ${code} is not a municipality on the CBS list on ${[...new Set(dates)].sort().join(' or ')}`);
    }
  },
});
