/**
 * TR366 (berichtoverstijgend, 9366), on our JW325: every Prestatie returned relates by its
 * ProductReferentie to a prestatie of the JW323 answered, under the same client (the JW325 side of
 * TR304, 8187, which the provider cannot return either: ijw-rules.md §9.1 R2).
 */
import { declaratieOf, prestatiesVan } from './declaratieantwoord.js';
import { defineRule } from './types.js';

export const TR366 = defineRule({
  meta: {
    id: 'TR366',
    level: 3,
    retourcode: '9366',
    berichten: ['JW325'],
    direction: 'out',
    description: 'Every Prestatie returned is one of the JW323 answered (by ProductReferentie), under the same client',
    source: 'TR366.md; TR304.md; ijw-rules.md §1.4, §4.8, §9.1 R2',
  },
  check(ctx) {
    const d = declaratieOf(ctx.env, 'TR366');
    const clients = ctx.bericht.DeclaratieAntwoord?.Clienten?.Client ?? [];
    if (!clients.length) return;
    const heen = prestatiesVan(d);
    for (const c of clients) {
      for (const p of c.Prestaties.Prestatie) {
        const ref = p.ProductReferentie.ReferentieNummer;
        const h = heen.get(ref);
        if (!h) ctx.report(p, 'ProductReferentie', `ReferentieNummer ${ref} is not a prestatie of the JW323 answered`);
        else if (h.bsn !== c.Bsn) ctx.report(p, 'ProductReferentie', `ReferentieNummer ${ref} belongs to another client in the JW323 answered`);
      }
    }
  },
});
