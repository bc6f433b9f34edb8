/**
 * The contract check of a toewijzing the municipality issues (OP296): is the product in the
 * region's contract, does this gemeente take part in that contract, is the provider contracted for
 * it, and does the Omvang use an eenheid and frequentie the contract allows? Each answer is yes, no
 * (a refusal naming file and fact) or unknown (the region file says the source is silent): unknown
 * never refuses, it is reported with the result so a person can check it.
 */
import type { CDT_Omvang, CDT_Product } from '../message/types.generated.js';
import { isGecontracteerd, productByCode, productVoorGemeente, regioVoor, type Regio } from './regio/index.js';

export interface ContractUitkomst {
  /** The region whose contract applies; null when no region file covers the gemeente. */
  regio: string | null;
  /** Why the toewijzing does not fit the contract; empty when it fits or could not be judged. */
  weigeringen: string[];
  /** Checks that could not run, with the reason. */
  onbekend: string[];
}

export function contractControle(
  regios: readonly Regio[],
  args: { gemeente: string; agb: string; product?: CDT_Product; omvang?: CDT_Omvang; datum: string },
): ContractUitkomst {
  const regio = regioVoor(regios, args.gemeente);
  if (!regio) return { regio: null, weigeringen: [], onbekend: [`no region file covers gemeente ${args.gemeente}: the contract check did not run`] };
  const file = `regions/${regio.id}.json`;
  const out: ContractUitkomst = { regio: regio.id, weigeringen: [], onbekend: [] };
  const code = args.product?.Code;
  // A generic or aspecific toewijzing names no product code the contract could be checked against.
  if (!code) return out;
  const product = productByCode(regio, code, args.datum);
  if (!product) {
    out.weigeringen.push(`product ${code} is not in the contract of ${regio.naam} on ${args.datum} (${file})`);
    return out;
  }
  if (typeof product.categorie === 'string' && product.categorie !== args.product!.Categorie) {
    out.weigeringen.push(`product ${code} has categorie ${product.categorie} in ${file}, not ${args.product!.Categorie}`);
  } else if (typeof product.categorie !== 'string') {
    out.onbekend.push(`the categorie of ${code} is unknown in ${file}: ${product.categorie.onbekend}`);
  }
  const mag = productVoorGemeente(regio, args.gemeente, product, args.datum);
  if (mag === false) out.weigeringen.push(`gemeente ${args.gemeente} does not take part in the contract of ${code} on ${args.datum} (${file})`);
  if (mag === 'onbekend') out.onbekend.push(`whether gemeente ${args.gemeente} may use ${code} is unknown in ${file}`);
  const gecontracteerd = isGecontracteerd(regio, args.agb, product, args.datum, args.gemeente);
  if (gecontracteerd === false) out.weigeringen.push(`AGB ${args.agb} is not contracted for ${code} on ${args.datum} (${file})`);
  if (gecontracteerd === 'onbekend') out.onbekend.push(`which providers are contracted for ${code} is unknown in ${file}`);
  if (args.omvang) {
    if (!product.frequenties.includes(args.omvang.Frequentie)) {
      out.weigeringen.push(`Frequentie ${args.omvang.Frequentie} is not allowed for ${code} (allowed: ${product.frequenties.join(', ')}; ${file})`);
    }
    const eenheden = product.toewijzingEenheden ?? (typeof product.eenheid === 'string' ? [product.eenheid] : product.eenheid.kandidaten ?? []);
    if (eenheden.length && !eenheden.includes(args.omvang.Eenheid)) {
      out.weigeringen.push(`Eenheid ${args.omvang.Eenheid} is not allowed for ${code} (allowed: ${eenheden.join(', ')}; ${file})`);
    }
  }
  return out;
}
