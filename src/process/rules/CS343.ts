import { endsAfter2020 } from './support.js';
import { defineRule } from './types.js';

const EENHEDEN = new Set(['14', '16', '83', '84']);
const FREQUENTIES = new Set(['2', '4', '6']);

export const CS343 = defineRule({
  meta: {
    id: 'CS343',
    level: 2,
    retourcode: '0001',
    berichten: ['JW315'],
    direction: 'in',
    description: 'With Eenheid 14, 16, 83 or 84 and a ToewijzingEinddatum after 2020-12-31 or empty, Frequentie is 2 (week), 4 (maand) or 6 (totaal)',
    source: 'CC file CS343; ijw-rules.md §5.2',
  },
  check(ctx) {
    for (const a of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
      const o = a.Omvang;
      if (!o || !EENHEDEN.has(o.Eenheid) || !endsAfter2020(a.ToewijzingEinddatum)) continue;
      if (!FREQUENTIES.has(o.Frequentie)) {
        ctx.report(o, 'Frequentie', `Frequentie ${o.Frequentie} is not allowed with Eenheid ${o.Eenheid}; use 2 (per week), 4 (per maand) or 6 (totaal)`);
      }
    }
  },
});
