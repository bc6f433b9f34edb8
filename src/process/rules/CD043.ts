import { defineRule } from './types.js';

export const CD043 = defineRule({
  meta: {
    id: 'CD043',
    level: 2,
    retourcode: '0001',
    berichten: ['JW315'],
    direction: 'in',
    description: 'BeschikkingIngangsdatum is filled when BeschikkingNummer is filled, and empty otherwise',
    source: 'CC file CD043; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const a of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
      if (a.BeschikkingNummer !== undefined && a.BeschikkingIngangsdatum === undefined) {
        ctx.report(a, 'BeschikkingIngangsdatum', `BeschikkingIngangsdatum is required with BeschikkingNummer ${a.BeschikkingNummer}`);
      } else if (a.BeschikkingNummer === undefined && a.BeschikkingIngangsdatum !== undefined) {
        ctx.report(a, 'BeschikkingIngangsdatum', `BeschikkingIngangsdatum ${a.BeschikkingIngangsdatum} must be empty without a BeschikkingNummer`);
      }
    }
  },
});
