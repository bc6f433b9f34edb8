import { defineRule } from './types.js';

export const CS336 = defineRule({
  meta: {
    id: 'CS336',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'RedenWijziging 01 (Administratieve correctie, vervallen) is not used',
    source: 'CC file CS336; ijw-rules.md §5.2',
  },
  check(ctx) {
    for (const t of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) {
      if (t.RedenWijziging === '01') {
        ctx.report(t, 'RedenWijziging', 'RedenWijziging 01 (Administratieve correctie, vervallen) may no longer be used; use 14 or 13');
      }
    }
  },
});
