/**
 * TR416: one debit prestatie per ProductPeriode + ProductCategorie + ProductCode + ToewijzingNummer.
 * Judged per Client: a ToewijzingNummer belongs to one client, so the same number under another
 * Client is a different error (8187, TR304 at CL3), not a double declaration.
 */
import type { JW323Prestatie } from '../../message/types.generated.js';
import { defineRule } from './types.js';

const key = (p: JW323Prestatie): string =>
  `${p.ProductCategorie}|${p.ProductCode}|${p.ProductPeriode.Begindatum}|${p.ProductPeriode.Einddatum}`;

export const TR416 = defineRule({
  meta: {
    id: 'TR416',
    level: 2,
    retourcode: '0001',
    berichten: ['JW323'],
    direction: 'in',
    description: 'Per Client at most one debit Prestatie per ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer',
    source: 'TR416.md; ijw-rules.md §3',
  },
  check(ctx) {
    for (const c of ctx.bericht.Declaratie.Clienten.Client) {
      // Bucket by ToewijzingNummer (a cheap number key); most buckets hold one prestatie, so the
      // string key of the other fields is only built where a repeat is possible.
      const byToewijzing = new Map<number, JW323Prestatie | Map<string, JW323Prestatie>>();
      for (const p of c.Prestaties.Prestatie) {
        if (p.IngediendBedrag.DebetCredit !== 'D') continue;
        const slot = byToewijzing.get(p.ToewijzingNummer);
        if (slot === undefined) {
          byToewijzing.set(p.ToewijzingNummer, p);
          continue;
        }
        let keyed: Map<string, JW323Prestatie>;
        if (slot instanceof Map) keyed = slot;
        else {
          keyed = new Map([[key(slot), slot]]);
          byToewijzing.set(p.ToewijzingNummer, keyed);
        }
        const k = key(p);
        const first = keyed.get(k);
        if (first === undefined) {
          keyed.set(k, p);
        } else {
          const per = p.ProductPeriode;
          ctx.report(p, undefined,
            `Debit prestatie ${p.ProductReferentie.ReferentieNummer} repeats debit prestatie ${first.ProductReferentie.ReferentieNummer}: same ToewijzingNummer ${p.ToewijzingNummer}, product ${p.ProductCategorie}/${p.ProductCode} and ProductPeriode ${per.Begindatum}..${per.Einddatum}`);
        }
      }
    }
  },
});
