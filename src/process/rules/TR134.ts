/**
 * TR134 names no element (GAP 9.1-S2). We apply it to the dates that by their meaning cannot lie
 * after the message was made (ijw-rules.md §3):
 *   JW301 ToegewezenProduct.Toewijzingsdatum (the moment of the decision, IV013)
 *   JW305 StartProduct.Begindatum (a start is reported after it happened, OP011)
 *   JW307 StopProduct.Begindatum and Einddatum (a stop is reported after delivery ended, procesbeschrijving 4.4)
 *   JW315 AangevraagdProduct.BeschikkingIngangsdatum (refers to an existing beschikking)
 *   JW323 Declaratie.DeclaratieDagtekening
 *   JW325 Header.DeclaratieIdentificatie.Dagtekening (the answered JW323 precedes its answer)
 * Dates that may lie in the future (Ingangsdatum, Einddatum of a toewijzing, requested dates) are
 * left alone. "Bestaande datum" is already guaranteed by the XSD (xs:date, CL1).
 */
import { defineRule } from './types.js';

export const TR134 = defineRule({
  meta: {
    id: 'TR134',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW323', 'JW325'],
    direction: 'both',
    description: 'Dates that record a past event (Toewijzingsdatum, start/stop dates, BeschikkingIngangsdatum, declaration dates) are not after the Dagtekening',
    source: 'TR134.md; ijw-rules.md §3, §9.1-S2',
  },
  check(ctx) {
    const dagtekening = ctx.bericht.Header.BerichtIdentificatie.Dagtekening;
    const test = (node: object, field: string, value: string | undefined): void => {
      if (value !== undefined && value > dagtekening) {
        ctx.report(node, field, `${field} ${value} is after the Dagtekening ${dagtekening} of the message`);
      }
    };
    switch (ctx.code) {
      case 'JW301':
        for (const t of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) test(t, 'Toewijzingsdatum', t.Toewijzingsdatum);
        return;
      case 'JW305':
        for (const s of ctx.bericht.Client.StartProducten.StartProduct) test(s, 'Begindatum', s.Begindatum);
        return;
      case 'JW307':
        for (const s of ctx.bericht.Client.StopProducten.StopProduct) {
          test(s, 'Begindatum', s.Begindatum);
          test(s, 'Einddatum', s.Einddatum);
        }
        return;
      case 'JW315':
        for (const a of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
          test(a, 'BeschikkingIngangsdatum', a.BeschikkingIngangsdatum);
        }
        return;
      case 'JW323':
        test(ctx.bericht.Declaratie, 'DeclaratieDagtekening', ctx.bericht.Declaratie.DeclaratieDagtekening);
        return;
      case 'JW325': {
        const di = ctx.bericht.Header.DeclaratieIdentificatie;
        if (di.Dagtekening > dagtekening) {
          ctx.report(di, 'Dagtekening', `Dagtekening ${di.Dagtekening} of the answered declaration is after the Dagtekening ${dagtekening} of this JW325`);
        }
        return;
      }
    }
  },
});
