import { defineRule } from './types.js';

const MEDICAL = new Set(['02', '03', '04', '05']);

export const CD067 = defineRule({
  meta: {
    id: 'CD067',
    level: 2,
    retourcode: '0001',
    berichten: ['JW315'],
    direction: 'in',
    description: 'Verwijzer Naam is filled when Type is 02, 03, 04 or 05 and ZorgverlenerCode is empty',
    source: 'CC file CD067; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const a of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
      const v = a.Verwijzer;
      if (MEDICAL.has(v.Type) && v.ZorgverlenerCode === undefined && v.Naam === undefined) {
        ctx.report(v, 'Naam', `Verwijzer of Type ${v.Type} without ZorgverlenerCode needs a Naam`);
      }
    }
  },
});
