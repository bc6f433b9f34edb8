/**
 * What the start/stop rules (TR019, TR063, TR071, TR074, TR326, TR382, TR413–TR415) share: the
 * ledger's aanleveringen of the message's client (S5, S6) in RuleEnv, their logical keys, and the
 * state a JW305/JW307 leaves after its StatusAanlevering 3 classes.
 *
 * Processing order inside one message (ijw-rules.md §4.3, supported by IV008 and Casus 4): the
 * status-3 classes (delete an earlier aanlevering) apply first, then the status-1 classes are judged
 * against the resulting state. Everything is all or nothing: the caller only writes when no rule
 * reported.
 *
 * Keys: a start is ToewijzingNummer + Product + Begindatum (IV096: ToewijzingNummer for
 * inspannings-/outputgericht delivery, Product + Begindatum for taakgericht); a stop adds
 * RedenBeeindiging and Einddatum (ijw-rules.md §9.1 K1: the stricter reading makes a status-3
 * delete exact). TR413–TR415 compare stops "with the same Bsn, ToewijzingNummer and Begindatum":
 * the start key, since the rules' client is always the message's one.
 */
import type { CDT_Product, JW305StartProduct, JW307StopProduct } from '../../message/types.generated.js';
import type { RuleEnv } from './types.js';

/** A start or stop as the ledger holds it (not deleted). */
export interface StartView {
  readonly toewijzingNummer: number | null;
  readonly categorie: string | null;
  readonly code: string | null;
  readonly begindatum: string;
}
export interface StopView extends StartView {
  readonly redenBeeindiging: string;
  readonly einddatum: string;
}

declare module './types.js' {
  interface RuleEnv {
    /** The client's starts at this provider in this gemeente that are not deleted (S5). */
    starts?: readonly StartView[];
    /** The client's stops at this provider in this gemeente that are not deleted (S6). */
    stops?: readonly StopView[];
  }
}

type Aanlevering = Pick<JW305StartProduct, 'ToewijzingNummer' | 'Product' | 'Begindatum'>;

function viewOf(p: Aanlevering): StartView {
  return {
    toewijzingNummer: p.ToewijzingNummer ?? null,
    categorie: p.Product?.Categorie ?? null,
    code: p.Product?.Code ?? null,
    begindatum: p.Begindatum,
  };
}

/** The start key: which start a stop belongs to, and what TR326/TR413–TR415 compare. */
export function startKey(s: StartView | Aanlevering): string {
  const v = 'begindatum' in s ? s : viewOf(s);
  return `${v.toewijzingNummer ?? ''}|${v.categorie ?? ''}|${v.code ?? ''}|${v.begindatum}`;
}

export function stopKey(s: StopView | JW307StopProduct): string {
  if ('begindatum' in s) return `${startKey(s)}|${s.redenBeeindiging}|${s.einddatum}`;
  return `${startKey(s)}|${s.RedenBeeindiging}|${s.Einddatum}`;
}

/** Which toegewezen product a start is for: the ToewijzingNummer, or the product when there is none (taakgericht). */
export function productKey(s: StartView | Aanlevering): string {
  const v = 'begindatum' in s ? s : viewOf(s);
  return v.toewijzingNummer !== null ? `#${v.toewijzingNummer}` : `${v.categorie ?? ''}|${v.code ?? ''}`;
}

export const isVerwijderen = (p: { StatusAanlevering: string }): boolean => p.StatusAanlevering === '3';

function need(env: RuleEnv, rule: string): { starts: readonly StartView[]; stops: readonly StopView[] } {
  if (!env.starts || !env.stops) throw new Error(`${rule} needs env.starts and env.stops (the start/stop ledger)`);
  return { starts: env.starts, stops: env.stops };
}

/** The ledger's starts, without those a status-3 StartProduct of this message deletes. */
export function startsNa(env: RuleEnv, rule: string, producten: readonly JW305StartProduct[] = []): StartView[] {
  const { starts } = need(env, rule);
  const weg = new Set(producten.filter(isVerwijderen).map(startKey));
  return starts.filter((s) => !weg.has(startKey(s)));
}

/** The ledger's stops, without those a status-3 StopProduct of this message deletes. */
export function stopsNa(env: RuleEnv, rule: string, producten: readonly JW307StopProduct[] = []): StopView[] {
  const { stops } = need(env, rule);
  const weg = new Set(producten.filter(isVerwijderen).map(stopKey));
  return stops.filter((s) => !weg.has(stopKey(s)));
}

export function showProduct(p: CDT_Product | undefined): string {
  return p ? `${p.Categorie}${p.Code ? `/${p.Code}` : ''}` : 'generic';
}

/** 'ToewijzingNummer 300201, Begindatum 2026-04-03': how a message names an aanlevering (no personal data). */
export function showKey(p: Aanlevering): string {
  const nr = p.ToewijzingNummer !== undefined ? `ToewijzingNummer ${p.ToewijzingNummer}` : `product ${showProduct(p.Product)}`;
  return `${nr}, Begindatum ${p.Begindatum}`;
}
