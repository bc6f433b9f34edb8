import { forEachDuplicate } from './support.js';
import { defineRule } from './types.js';

export const TR383 = defineRule({
  meta: {
    id: 'TR383',
    level: 2,
    retourcode: '0001',
    berichten: ['JW315'],
    direction: 'in',
    description: 'ReferentieAanbieder is unique per AangevraagdProduct within the message',
    source: 'TR383.md; ijw-rules.md §3',
  },
  check(ctx) {
    forEachDuplicate(ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct, (a) => a.ReferentieAanbieder, (a) =>
      ctx.report(a, 'ReferentieAanbieder', `ReferentieAanbieder ${a.ReferentieAanbieder} is used by more than one AangevraagdProduct`),
    );
  },
});
