import type { CDT_Omvang, CDT_Product } from '../../message/types.generated.js';
import { defineRule } from './types.js';

export const CD041 = defineRule({
  meta: {
    id: 'CD041',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW315', 'JW317'],
    direction: 'both',
    description: 'Omvang is filled when Product has a Code (ToegewezenProduct, AangevraagdProduct, NieuwProduct)',
    source: 'CC file CD041; ijw-rules.md §5.1',
  },
  check(ctx) {
    const test = (node: { Product?: CDT_Product; Omvang?: CDT_Omvang }): void => {
      if (node.Product?.Code !== undefined && !node.Omvang) {
        ctx.report(node, 'Omvang', `Omvang is required for specific product ${node.Product.Categorie}/${node.Product.Code}`);
      }
    };
    if (ctx.code === 'JW301') ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct.forEach(test);
    else if (ctx.code === 'JW315') ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct.forEach(test);
    else (ctx.bericht.Client.Verzoek.NieuweProducten?.NieuwProduct ?? []).forEach(test);
  },
});
