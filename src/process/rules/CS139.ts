import type { CDT_Geboortedatum } from '../../message/types.generated.js';
import { defineRule } from './types.js';

/** What Datum must look like for each DatumGebruik (IV009, OP252). */
const SHAPES: Record<string, { test: (d: string) => boolean; text: string }> = {
  '1': { test: (d) => d.endsWith('-01'), text: 'the first day of the month (dag onbekend)' },
  '2': { test: (d) => d.endsWith('-01-01'), text: '1 January of the year (dag en maand onbekend)' },
  '3': { test: (d) => d === '1900-01-01', text: '1900-01-01 (datum onbekend)' },
};

export const CS139 = defineRule({
  meta: {
    id: 'CS139',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315'],
    direction: 'both',
    description: 'Geboortedatum Datum agrees with DatumGebruik: 1 → day 01, 2 → 01-01 of the year, 3 → 1900-01-01',
    source: 'CC file CS139; IV009; OP252; ijw-rules.md §5.2',
  },
  check(ctx) {
    const test = (g: CDT_Geboortedatum | undefined, who: string): void => {
      if (!g || g.DatumGebruik === undefined) return;
      const shape = SHAPES[g.DatumGebruik];
      if (shape && !shape.test(g.Datum)) {
        // Reported on DatumGebruik, the element the CC file hangs CS139 on; the birth date itself
        // stays out of the text (personal data).
        ctx.report(g, 'DatumGebruik', `${who} Geboortedatum with DatumGebruik ${g.DatumGebruik} must be ${shape.text}`);
      }
    };
    test(ctx.bericht.Client.Geboortedatum, 'Client');
    if (ctx.code === 'JW301') for (const r of ctx.bericht.Client.Relaties?.Relatie ?? []) test(r.Geboortedatum, 'Relatie');
  },
});
