/**
 * TR101: no duplicate lines. Per berichtklasse the logical key (the ★ "Sleutelelement" elements of
 * the CC file), together with the keys of the parent classes, is unique within the message.
 *
 * Keys used (CC file, ijw-rules.md §1.2):
 *   JW301 Relatie: Nummer; Contact (in Contactgegevens): Soort; ToegewezenProduct: ToewijzingNummer
 *   JW305 StartProduct: ToewijzingNummer + Product + Begindatum
 *   JW307 StopProduct: ToewijzingNummer + Product + Begindatum + RedenBeeindiging + Einddatum
 *   JW315 AangevraagdProduct: ReferentieAanbieder
 *   JW317 OngewijzigdProduct, TeWijzigenProduct: ToewijzingNummer; NieuwProduct: Product + GewensteIngangsdatum
 *   JW323/JW325 Client: Bsn; Prestatie: ProductReferentie
 * Client, Verzoek, Declaratie and DeclaratieAntwoord occur once (or their key is the message's),
 * so they cannot repeat.
 *
 * Decisions where the sources leave room:
 * - StopProduct (GAP 9.1-K1): the Mutatieoverzicht adds RedenBeeindiging to the key, the CC file
 *   also marks Einddatum. We follow the CC file, the machine-readable export of the informatiemodel:
 *   two stops that differ only in Einddatum are not TR101 duplicates (TR413–TR415 judge them, CL3).
 * - Prestatie: the key is the ReferentieNummer alone, unique in the whole message rather than per
 *   Client. VorigReferentieNummer only points at an earlier prestatie, and the ReferentieNummer
 *   identifies a prestatie for the provider across all its declarations (TR314/8021) and for the
 *   JW325 echo (TR366/TR367). A repeat under another Client could not be answered unambiguously.
 * - StatusAanlevering is no key element, so a key cannot occur twice with different statuses (IV008).
 */
import type { CDT_Product } from '../../message/types.generated.js';
import { clientsOf, forEachDuplicate } from './support.js';
import { defineRule } from './types.js';

const productKey = (p: CDT_Product | undefined): string => (p ? `${p.Categorie}/${p.Code ?? ''}` : '');
const productText = (p: CDT_Product | undefined): string => (p ? (p.Code ? `${p.Categorie}/${p.Code}` : p.Categorie) : 'none');

export const TR101 = defineRule({
  meta: {
    id: 'TR101',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW323', 'JW325'],
    direction: 'both',
    description: 'No duplicate lines: per class the logical key, with the keys of its parent classes, is unique within the message',
    source: 'TR101.md; CC file (Sleutelelement); ijw-rules.md §1.2, §3, §9.1-K1',
  },
  check(ctx) {
    switch (ctx.code) {
      case 'JW301': {
        const client = ctx.bericht.Client;
        forEachDuplicate(client.Relaties?.Relatie ?? [], (r) => r.Nummer, (r) =>
          // Relatie.Nummer is a person id; it stays out of the text.
          ctx.report(r, 'Nummer', 'Relatie occurs more than once with the same Nummer'),
        );
        forEachDuplicate(client.Contactgegevens.Contact, (c) => c.Soort, (c) =>
          ctx.report(c, 'Soort', `Contact with Soort ${c.Soort} occurs more than once in Contactgegevens`),
        );
        forEachDuplicate(client.ToegewezenProducten.ToegewezenProduct, (t) => String(t.ToewijzingNummer), (t) =>
          ctx.report(t, 'ToewijzingNummer', `ToegewezenProduct with ToewijzingNummer ${t.ToewijzingNummer} occurs more than once`),
        );
        return;
      }
      case 'JW305':
        forEachDuplicate(
          ctx.bericht.Client.StartProducten.StartProduct,
          (s) => `${s.ToewijzingNummer ?? ''}|${productKey(s.Product)}|${s.Begindatum}`,
          (s) =>
            ctx.report(s, undefined,
              `StartProduct with ToewijzingNummer ${s.ToewijzingNummer ?? 'none'}, Product ${productText(s.Product)} and Begindatum ${s.Begindatum} occurs more than once`),
        );
        return;
      case 'JW307':
        forEachDuplicate(
          ctx.bericht.Client.StopProducten.StopProduct,
          (s) => `${s.ToewijzingNummer ?? ''}|${productKey(s.Product)}|${s.Begindatum}|${s.RedenBeeindiging}|${s.Einddatum}`,
          (s) =>
            ctx.report(s, undefined,
              `StopProduct with ToewijzingNummer ${s.ToewijzingNummer ?? 'none'}, Product ${productText(s.Product)}, Begindatum ${s.Begindatum}, RedenBeeindiging ${s.RedenBeeindiging} and Einddatum ${s.Einddatum} occurs more than once`),
        );
        return;
      case 'JW315':
        forEachDuplicate(ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct, (a) => a.ReferentieAanbieder, (a) =>
          ctx.report(a, 'ReferentieAanbieder', `AangevraagdProduct with ReferentieAanbieder ${a.ReferentieAanbieder} occurs more than once`),
        );
        return;
      case 'JW317': {
        const v = ctx.bericht.Client.Verzoek;
        forEachDuplicate(v.OngewijzigdeProducten?.OngewijzigdProduct ?? [], (p) => String(p.ToewijzingNummer), (p) =>
          ctx.report(p, 'ToewijzingNummer', `OngewijzigdProduct with ToewijzingNummer ${p.ToewijzingNummer} occurs more than once`),
        );
        forEachDuplicate(v.TeWijzigenProducten?.TeWijzigenProduct ?? [], (p) => String(p.ToewijzingNummer), (p) =>
          ctx.report(p, 'ToewijzingNummer', `TeWijzigenProduct with ToewijzingNummer ${p.ToewijzingNummer} occurs more than once`),
        );
        forEachDuplicate(v.NieuweProducten?.NieuwProduct ?? [], (p) => `${productKey(p.Product)}|${p.GewensteIngangsdatum}`, (p) =>
          ctx.report(p, undefined,
            `NieuwProduct with Product ${productText(p.Product)} and GewensteIngangsdatum ${p.GewensteIngangsdatum} occurs more than once`),
        );
        return;
      }
      case 'JW323':
      case 'JW325': {
        const clients = clientsOf(ctx.bericht);
        forEachDuplicate(clients, (c) => c.Bsn, (c) => ctx.report(c, 'Bsn', 'Client occurs more than once with the same Bsn'));
        const seen = new Set<string>();
        for (const c of clients) {
          for (const p of c.Prestaties.Prestatie) {
            const rn = p.ProductReferentie.ReferentieNummer;
            if (seen.has(rn)) ctx.report(p, 'ProductReferentie', `Prestatie with ReferentieNummer ${rn} occurs more than once`);
            else seen.add(rn);
          }
        }
        return;
      }
    }
  },
});
