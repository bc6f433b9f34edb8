/**
 * TR381 (externe bron, S329): a ProductCode belongs to its ProductCategorie in the product code
 * list used: the region contract covering the gemeente (regions/<id>.json, env.regio). Only an
 * established fact rejects: a code the region file does not list, a region file whose categorie is
 * `onbekend`, or a gemeente no region file covers, leave the check unable to run, and the class
 * passes (the contract checks report what is unknown). Status-3 start/stop classes get no content
 * checks (TR063).
 */
import { productByCode } from '../../ledger/regio/load.js';
import type { Regio } from '../../ledger/regio/types.js';
import { defineRule } from './types.js';

export const TR381 = defineRule({
  meta: {
    id: 'TR381',
    level: 4,
    retourcode: 'S329',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW323'],
    direction: 'both',
    description: 'A ProductCode belongs to its ProductCategorie in the region contract\'s product code list',
    source: 'TR381.md; ijw-rules.md §4.2',
  },
  check(ctx) {
    const regio = ctx.env.regio;
    if (regio === undefined) throw new Error('TR381 needs env.regio (the region contract, or null)');
    if (regio === null) return;
    const memo = new Map<string, string | undefined>();
    const check = (node: object, field: string, categorie: string, code: string | undefined, datum: string): void => {
      if (code === undefined) return;
      const key = `${code}|${datum}`;
      let vast = memo.get(key);
      if (!memo.has(key)) memo.set(key, (vast = vasteCategorie(regio, code, datum)));
      if (vast !== undefined && vast !== categorie) {
        ctx.report(node, field, `ProductCode ${code} belongs to ProductCategorie ${vast} in region ${regio.id}, not ${categorie}`);
      }
    };
    switch (ctx.code) {
      case 'JW301':
        for (const p of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) if (p.Product) check(p, 'Product', p.Product.Categorie, p.Product.Code, p.Ingangsdatum);
        break;
      case 'JW305':
        for (const p of ctx.bericht.Client.StartProducten.StartProduct) if (p.Product && p.StatusAanlevering !== '3') check(p, 'Product', p.Product.Categorie, p.Product.Code, p.Begindatum);
        break;
      case 'JW307':
        for (const p of ctx.bericht.Client.StopProducten.StopProduct) if (p.Product && p.StatusAanlevering !== '3') check(p, 'Product', p.Product.Categorie, p.Product.Code, p.Begindatum);
        break;
      case 'JW315':
        for (const p of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) if (p.Product) check(p, 'Product', p.Product.Categorie, p.Product.Code, p.ToewijzingIngangsdatum);
        break;
      case 'JW317':
        for (const p of ctx.bericht.Client.Verzoek.NieuweProducten?.NieuwProduct ?? []) if (p.Product) check(p, 'Product', p.Product.Categorie, p.Product.Code, p.GewensteIngangsdatum);
        break;
      case 'JW323':
        for (const c of ctx.bericht.Declaratie.Clienten.Client) {
          for (const p of c.Prestaties.Prestatie) check(p, 'ProductCode', p.ProductCategorie, p.ProductCode, p.ProductPeriode.Begindatum);
        }
        break;
    }
  },
});

/** The categorie the region file establishes for `code` on `datum`; undefined when it does not. */
function vasteCategorie(regio: Regio, code: string, datum: string): string | undefined {
  const p = productByCode(regio, code, datum);
  return p && typeof p.categorie === 'string' ? p.categorie : undefined;
}
