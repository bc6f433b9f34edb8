import { defineRule } from './types.js';

export const TR353 = defineRule({
  meta: {
    id: 'TR353',
    level: 2,
    retourcode: '0001',
    berichten: ['JW317'],
    direction: 'in',
    description: 'A Verzoek om wijziging contains at least one TeWijzigenProduct or NieuwProduct',
    source: 'TR353.md; ijw-rules.md §3',
  },
  check(ctx) {
    const v = ctx.bericht.Client.Verzoek;
    const n = (v.TeWijzigenProducten?.TeWijzigenProduct.length ?? 0) + (v.NieuweProducten?.NieuwProduct.length ?? 0);
    if (n === 0) {
      ctx.report(v, undefined, `Verzoek ${v.ReferentieAanbieder} contains no TeWijzigenProduct and no NieuwProduct, so it asks for no change`);
    }
  },
});
