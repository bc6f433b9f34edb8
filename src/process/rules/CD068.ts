import { defineRule } from './types.js';

const MEDICAL = new Set(['02', '03', '04', '05']);

export const CD068 = defineRule({
  meta: {
    id: 'CD068',
    level: 2,
    retourcode: '0001',
    berichten: ['JW315'],
    direction: 'in',
    description: 'Verwijzer ZorgverlenerCode is empty unless Type is 02, 03, 04 or 05',
    source: 'CC file CD068; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const a of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
      const v = a.Verwijzer;
      if (!MEDICAL.has(v.Type) && v.ZorgverlenerCode !== undefined) {
        ctx.report(v, 'ZorgverlenerCode', `ZorgverlenerCode must be empty for Verwijzer Type ${v.Type}; only types 02, 03, 04 and 05 have one`);
      }
    }
  },
});
