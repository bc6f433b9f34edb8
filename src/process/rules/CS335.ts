import { defineRule } from './types.js';

export const CS335 = defineRule({
  meta: {
    id: 'CS335',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'RedenWijziging 13 (Verwijderd) is used only when Einddatum equals Ingangsdatum',
    source: 'CC file CS335; ijw-rules.md §5.2',
  },
  check(ctx) {
    for (const t of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) {
      if (t.RedenWijziging === '13' && t.Einddatum !== t.Ingangsdatum) {
        ctx.report(t, 'RedenWijziging',
          `RedenWijziging 13 (Verwijderd) requires Einddatum = Ingangsdatum ${t.Ingangsdatum}, but Einddatum is ${t.Einddatum ?? 'empty'}`);
      }
    }
  },
});
