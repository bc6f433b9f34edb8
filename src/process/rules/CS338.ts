import type { CDT_Omvang } from '../../message/types.generated.js';
import { endsAfter2020 } from './support.js';
import { defineRule } from './types.js';

const EENHEDEN = new Set(['14', '16', '83', '84']);
const FREQUENTIES = new Set(['2', '4', '6']);

export const CS338 = defineRule({
  meta: {
    id: 'CS338',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW317'],
    direction: 'both',
    description: 'With Eenheid 14, 16, 83 or 84 and an Einddatum after 2020-12-31 or empty, Frequentie is 2 (week), 4 (maand) or 6 (totaal)',
    source: 'CC file CS338; ijw-rules.md §5.2',
  },
  check(ctx) {
    const test = (omvang: CDT_Omvang | undefined, einddatum: string | undefined): void => {
      if (!omvang || !EENHEDEN.has(omvang.Eenheid) || !endsAfter2020(einddatum)) return;
      if (!FREQUENTIES.has(omvang.Frequentie)) {
        ctx.report(omvang, 'Frequentie', `Frequentie ${omvang.Frequentie} is not allowed with Eenheid ${omvang.Eenheid}; use 2 (per week), 4 (per maand) or 6 (totaal)`);
      }
    };
    if (ctx.code === 'JW301') {
      for (const t of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) test(t.Omvang, t.Einddatum);
      return;
    }
    const v = ctx.bericht.Client.Verzoek;
    for (const p of v.TeWijzigenProducten?.TeWijzigenProduct ?? []) test(p.Omvang, p.Einddatum);
    for (const p of v.NieuweProducten?.NieuwProduct ?? []) test(p.Omvang, p.Einddatum);
  },
});
