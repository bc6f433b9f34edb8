import { defineRule } from './types.js';

export const CD087 = defineRule({
  meta: {
    id: 'CD087',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductTarief is filled when Eenheid is not 83 (euro\'s), and empty when it is',
    source: 'CC file CD087; ijw-rules.md §5.1',
  },
  check(ctx) {
    for (const c of ctx.bericht.Declaratie.Clienten.Client) {
      for (const p of c.Prestaties.Prestatie) {
        if (p.Eenheid !== '83' && p.ProductTarief === undefined) {
          ctx.report(p, 'ProductTarief', `Prestatie ${p.ProductReferentie.ReferentieNummer} with Eenheid ${p.Eenheid} needs a ProductTarief`);
        } else if (p.Eenheid === '83' && p.ProductTarief !== undefined) {
          ctx.report(p, 'ProductTarief', `Prestatie ${p.ProductReferentie.ReferentieNummer} is in euro's (Eenheid 83), so ProductTarief (${p.ProductTarief}) must be empty`);
        }
      }
    }
  },
});
