import { defineRule } from './types.js';

const MEDICAL = new Set(['02', '03', '04', '05']);

export const CD066 = defineRule({
  meta: {
    id: 'CD066',
    level: 2,
    retourcode: '0001',
    berichten: ['JW315'],
    direction: 'in',
    description: 'Verwijzer Naam is empty when Type is 02, 03, 04 or 05 and ZorgverlenerCode is filled',
    source: 'CC file CD066; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const a of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
      const v = a.Verwijzer;
      if (MEDICAL.has(v.Type) && v.ZorgverlenerCode !== undefined && v.Naam !== undefined) {
        ctx.report(v, 'Naam', `Verwijzer Naam must be empty: Type ${v.Type} is identified by its ZorgverlenerCode`);
      }
    }
  },
});
