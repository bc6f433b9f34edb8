import { defineRule } from './types.js';

export const CS339 = defineRule({
  meta: {
    id: 'CS339',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'With Eenheid 83 (euro\'s) the IngediendBedrag equals the GeleverdVolume',
    source: 'CC file CS339; ijw-rules.md §5.2',
  },
  check(ctx) {
    for (const c of ctx.bericht.Declaratie.Clienten.Client) {
      for (const p of c.Prestaties.Prestatie) {
        if (p.Eenheid === '83' && p.IngediendBedrag.Bedrag !== p.GeleverdVolume) {
          ctx.report(p.IngediendBedrag, 'Bedrag',
            `Prestatie ${p.ProductReferentie.ReferentieNummer} is in euro's (Eenheid 83): IngediendBedrag ${p.IngediendBedrag.Bedrag} must equal GeleverdVolume ${p.GeleverdVolume}`);
        }
      }
    }
  },
});
