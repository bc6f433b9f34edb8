import { defineRule } from './types.js';

export const CS058 = defineRule({
  meta: {
    id: 'CS058',
    level: 2,
    retourcode: '0001',
    berichten: ['JW305', 'JW307'],
    direction: 'in',
    description: 'StatusAanlevering of a StartProduct or StopProduct is 1 (eerste aanlevering) or 3 (verwijderen), never 2 or 9',
    source: 'CC file CS058; OP033x2; ijw-rules.md §5.2',
  },
  check(ctx) {
    const products = ctx.code === 'JW305' ? ctx.bericht.Client.StartProducten.StartProduct : ctx.bericht.Client.StopProducten.StopProduct;
    for (const p of products) {
      if (p.StatusAanlevering !== '1' && p.StatusAanlevering !== '3') {
        ctx.report(p, 'StatusAanlevering', `StatusAanlevering ${p.StatusAanlevering} is not allowed; use 1 (eerste aanlevering) or 3 (verwijderen)`);
      }
    }
  },
});
