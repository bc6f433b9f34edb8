/**
 * What the verzoek om wijziging rules (JW317: TR349–TR351, TR357, TR361, TR373, TR375, TR411, TR412)
 * share: how a ToewijzingNummer in an OngewijzigdProduct or TeWijzigenProduct relates to the
 * ledger's toewijzingen (RuleEnv toewijzingen), and what "actual" means.
 *
 * Actual (ijw-rules.md §4.1, TR349): not deleted, and no Einddatum or an Einddatum on or after the
 * reference date; a toewijzing that starts later is actual too. The reference date is the
 * Dagtekening of the VOW (§9.1 A1): the provider built the request on that day, and a check must
 * give the same answer however long the message waited in the inbox.
 *
 * Which rule reports a named toewijzing that does not fit: a number that is no toewijzing of this
 * gemeente, one to another provider, a deleted or an ended one is TR350's (OngewijzigdProduct) or
 * TR351's (TeWijzigenProduct); one of another client is TR304's (8187). The other rules only judge a
 * class whose toewijzing fits, so one mistake yields one retourcode.
 */
import type { CDT_Omvang, CDT_Product, JW317Bericht, JW317TeWijzigenProduct } from '../../message/types.generated.js';
import type { RuleEnv, ToewijzingView } from './types.js';

export function toewijzingenOf(env: RuleEnv, rule: string): ReadonlyMap<number, ToewijzingView> {
  if (!env.toewijzingen) throw new Error(`${rule} needs env.toewijzingen (the toewijzing ledger)`);
  return env.toewijzingen;
}

/** The reference date for "actual": the VOW's Dagtekening (ijw-rules.md §9.1 A1). */
export const peildatum = (b: JW317Bericht): string => b.Header.BerichtIdentificatie.Dagtekening;

export const isActueel = (t: ToewijzingView, peil: string): boolean =>
  !t.verwijderd && (t.einddatum === null || t.einddatum >= peil);

/** A toewijzing of this client at the sending provider (the only ones it can see, OP095). */
export const vanClientBijAanbieder = (b: JW317Bericht, t: ToewijzingView): boolean =>
  t.agb === b.Header.Afzender && t.bsn === b.Client.Bsn;

export type Relatie =
  /** An actual toewijzing of this client at this provider. */
  | { readonly toewijzing: ToewijzingView; readonly why?: undefined }
  /** why: what TR350/TR351 report; undefined when the toewijzing is another client's (TR304). */
  | { readonly toewijzing?: undefined; readonly why: string | undefined };

/** How the ToewijzingNummer of an OngewijzigdProduct or TeWijzigenProduct relates to the ledger. */
export function relatie(b: JW317Bericht, toewijzingen: ReadonlyMap<number, ToewijzingView>, nummer: number): Relatie {
  const t = toewijzingen.get(nummer);
  if (!t) return { why: `ToewijzingNummer ${nummer} is not a toewijzing of this gemeente` };
  // Checked before the provider: a toewijzing of another client is TR304's, whoever it went to.
  if (t.bsn !== b.Client.Bsn) return { why: undefined };
  if (t.agb !== b.Header.Afzender) return { why: `ToewijzingNummer ${nummer} is a toewijzing to another provider` };
  if (t.verwijderd) return { why: `ToewijzingNummer ${nummer} is a deleted toewijzing` };
  const peil = peildatum(b);
  if (!isActueel(t, peil)) return { why: `ToewijzingNummer ${nummer} ended on ${t.einddatum}, before the Dagtekening ${peil}, so it is not actual` };
  return { toewijzing: t };
}

/** Every TeWijzigenProduct whose toewijzing fits (see relatie), with that toewijzing. */
export function teWijzigenMetToewijzing(
  b: JW317Bericht,
  env: RuleEnv,
  rule: string,
): Array<{ readonly product: JW317TeWijzigenProduct; readonly toewijzing: ToewijzingView }> {
  const toewijzingen = toewijzingenOf(env, rule);
  const out: Array<{ product: JW317TeWijzigenProduct; toewijzing: ToewijzingView }> = [];
  for (const product of b.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []) {
    const { toewijzing } = relatie(b, toewijzingen, product.ToewijzingNummer);
    if (toewijzing) out.push({ product, toewijzing });
  }
  return out;
}

/** The toewijzing's product as the message model writes it; undefined for a generic toewijzing. */
export function productVan(t: ToewijzingView): CDT_Product | undefined {
  if (t.categorie === null) return undefined;
  // The category comes from a JW301 we built and checked, so it is a code of JZ020.
  const p: CDT_Product = { Categorie: t.categorie as CDT_Product['Categorie'] };
  if (t.code !== null) p.Code = t.code;
  return p;
}

export const sameOmvang = (a: CDT_Omvang | null | undefined, b: CDT_Omvang | null | undefined): boolean =>
  a == null || b == null
    ? a == null && b == null
    : Number(a.Volume) === Number(b.Volume) && a.Eenheid === b.Eenheid && a.Frequentie === b.Frequentie;

export const formatOmvang = (o: CDT_Omvang | null | undefined): string =>
  o ? `${o.Volume} × eenheid ${o.Eenheid}, frequentie ${o.Frequentie}` : 'no Omvang';
