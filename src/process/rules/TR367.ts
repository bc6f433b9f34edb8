/**
 * TR367 (berichtoverstijgend, 9367), on our JW325: a Prestatie returned repeats the JW323's
 * prestatie with the same ProductReferentie unchanged, element for element (IV087: copied, only
 * RetourCodes added). One it cannot relate is TR366's.
 */
import type { JW323Prestatie } from '../../message/types.generated.js';
import { declaratieOf, prestatiesVan } from './declaratieantwoord.js';
import { defineRule } from './types.js';

/** The prestatie's elements in document order, for comparison (RetourCodes left out). */
function inhoud(p: JW323Prestatie): string {
  const { ProductReferentie: r, ProductPeriode: pp, IngediendBedrag: b } = p;
  return [r.ReferentieNummer, r.VorigReferentieNummer ?? '', p.ToewijzingNummer, p.ProductCategorie, p.ProductCode, pp.Begindatum, pp.Einddatum,
    p.GeleverdVolume, p.Eenheid, p.ProductTarief ?? '', b.Bedrag, b.DebetCredit].join('|');
}

export const TR367 = defineRule({
  meta: {
    id: 'TR367',
    level: 3,
    retourcode: '9367',
    berichten: ['JW325'],
    direction: 'out',
    description: "Every Prestatie returned equals, element for element, the JW323's prestatie with its ProductReferentie",
    source: 'TR367.md; IV087; ijw-rules.md §1.4, §4.8',
  },
  check(ctx) {
    const d = declaratieOf(ctx.env, 'TR367');
    const clients = ctx.bericht.DeclaratieAntwoord?.Clienten?.Client ?? [];
    if (!clients.length) return;
    const heen = prestatiesVan(d);
    for (const c of clients) {
      for (const p of c.Prestaties.Prestatie) {
        const h = heen.get(p.ProductReferentie.ReferentieNummer);
        if (h && inhoud(h.prestatie) !== inhoud(p)) {
          ctx.report(p, undefined, `Prestatie ${p.ProductReferentie.ReferentieNummer} differs from the one in the JW323 answered`);
        }
      }
    }
  },
});
