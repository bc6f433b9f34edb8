import { defineRule } from './types.js';

export const TR352 = defineRule({
  meta: {
    id: 'TR352',
    level: 2,
    retourcode: '0001',
    berichten: ['JW317'],
    direction: 'in',
    description: 'A Verzoek om wijziging contains at least one OngewijzigdProduct or TeWijzigenProduct',
    source: 'TR352.md; ijw-rules.md §3',
  },
  check(ctx) {
    const v = ctx.bericht.Client.Verzoek;
    const n = (v.OngewijzigdeProducten?.OngewijzigdProduct.length ?? 0) + (v.TeWijzigenProducten?.TeWijzigenProduct.length ?? 0);
    if (n === 0) {
      ctx.report(v, undefined, `Verzoek ${v.ReferentieAanbieder} contains no OngewijzigdProduct and no TeWijzigenProduct; a VOW starts from at least one current toewijzing`);
    }
  },
});
