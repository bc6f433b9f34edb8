import type { CDT_Geboortedatum } from '../../message/types.generated.js';
import { addYears } from './support.js';
import { defineRule } from './types.js';

export const TR002 = defineRule({
  meta: {
    id: 'TR002',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315'],
    direction: 'both',
    description: 'Geboortedatum lies at most 120 years before the Dagtekening, unless it is unknown (DatumGebruik 3 with Datum 1900-01-01)',
    source: 'TR002.md; ijw-rules.md §3',
  },
  check(ctx) {
    const dagtekening = ctx.bericht.Header.BerichtIdentificatie.Dagtekening;
    const limit = addYears(dagtekening, -120);
    const test = (g: CDT_Geboortedatum | undefined, who: string): void => {
      if (!g) return;
      // TR002's toelichting defines "onbekend" as both values together; a lone DatumGebruik 3 is CS139's concern.
      if (g.DatumGebruik === '3' && g.Datum === '1900-01-01') return;
      if (g.Datum < limit) {
        // The birth date itself stays out of the text (personal data).
        ctx.report(g, 'Datum', `${who} Geboortedatum is more than 120 years before Dagtekening ${dagtekening} (earliest allowed ${limit})`);
      }
    };
    test(ctx.bericht.Client.Geboortedatum, 'Client');
    if (ctx.code === 'JW301') for (const r of ctx.bericht.Client.Relaties?.Relatie ?? []) test(r.Geboortedatum, 'Relatie');
  },
});
