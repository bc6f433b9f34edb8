/**
 * Shared helpers for the rule modules: the 11-test, date arithmetic on 'YYYY-MM-DD' strings,
 * periods with an open end, and the "same product" semantics of TR302/TR386/TR410.
 *
 * Dates arrive XSD-validated as xs:date without time zone (RS032), so they are plain
 * 'YYYY-MM-DD' strings (four-digit years) and compare correctly as strings.
 */
import type {
  CDT_BedragMetDC,
  CDT_Omvang,
  CDT_Product,
  CDT_TotaalBedragMetDC,
  JW301Bericht,
  JW301Contact,
  JW323Bericht,
  JW323Client,
  JW323Prestatie,
  JW325Bericht,
  JW325Client,
  JW325Prestatie,
} from '../../message/types.generated.js';
import type { RuleContext } from './types.js';

// ---- BSN ----

/** The 11-test of elfproef.md: (9d1+8d2+7d3+6d4+5d5+4d6+3d7+2d8−1d9) mod 11 = 0, on nine digits. */
export function elfproef(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (bsn.charCodeAt(i) - 48);
  sum -= bsn.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

// ---- dates ----

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function parts(d: string): { y: number; m: number; day: number } {
  return { y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** d shifted by n years (n may be negative); 29 February becomes 28 February in a common year. */
export function addYears(d: string, n: number): string {
  const { y, m, day } = parts(d);
  const ty = y + n;
  return `${pad4(ty)}-${pad2(m)}-${pad2(Math.min(day, daysInMonth(ty, m)))}`;
}

/** Same calendar month and year ('YYYY-MM' equal), without allocating substrings. */
export function sameMonth(a: string, b: string): boolean {
  for (let i = 0; i < 7; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

export const isFirstOfMonth = (d: string): boolean => d.endsWith('-01');

export function isLastOfMonth(d: string): boolean {
  const { y, m, day } = parts(d);
  return day === daysInMonth(y, m);
}

/** Exactly one whole calendar month: the 1st up to the last day of the same month (CS340). */
export function isWholeMonth(begin: string, end: string): boolean {
  return isFirstOfMonth(begin) && sameMonth(begin, end) && isLastOfMonth(end);
}

/** First date after which a date counts as "later than 31-12-2020" (CD080, CD095, CD096, CS338, CS343). */
export const CUTOFF_2020 = '2020-12-31';

/** "Einddatum groter dan 31-12-2020 of leeg": the post-2020 regime of CD080/CD095/CD096/CS338/CS343. */
export const endsAfter2020 = (einddatum: string | undefined): boolean =>
  einddatum === undefined || einddatum > CUTOFF_2020;

// ---- periods ----

/** A period with an inclusive begin and an inclusive, possibly open (undefined = +∞) end. */
export interface Period {
  readonly begin: string;
  readonly end?: string | undefined;
}

/** Two periods overlap when each begins on or before the other's end; an open end is +∞. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return (b.end === undefined || a.begin <= b.end) && (a.end === undefined || b.begin <= a.end);
}

export const formatPeriod = (p: Period): string => `${p.begin}..${p.end ?? 'open'}`;

// ---- products ----

/**
 * "Same product" of TR302/TR386/TR410: with a code on both sides, category and code decide; when
 * one side has no code the rule works on category level; a generic product (no Product, so no
 * category) is the same as every other product.
 */
export function sameProduct(a: CDT_Product | undefined, b: CDT_Product | undefined): boolean {
  if (!a || !b) return true;
  if (a.Categorie !== b.Categorie) return false;
  return a.Code === undefined || b.Code === undefined || a.Code === b.Code;
}

export function formatProduct(p: CDT_Product | undefined): string {
  if (!p) return 'generic product (no Product)';
  return p.Code === undefined ? `category ${p.Categorie} (no code)` : `product ${p.Categorie}/${p.Code}`;
}

export interface ProductPeriod<T> {
  readonly item: T;
  readonly product: CDT_Product | undefined;
  readonly period: Period;
}

/**
 * For every item, the first earlier item that is the same product with an overlapping period.
 * Items with a product code are bucketed by category, so only candidates that can match are
 * compared; generic items are compared with everything. Toewijzing messages hold a handful of
 * products, so the remaining pairwise comparison within a category is cheap.
 */
export function findOverlaps<T>(items: readonly ProductPeriod<T>[]): Array<{ item: ProductPeriod<T>; earlier: ProductPeriod<T> }> {
  type Entry = { readonly pp: ProductPeriod<T>; readonly index: number };
  const out: Array<{ item: ProductPeriod<T>; earlier: ProductPeriod<T> }> = [];
  const byCategory = new Map<string, Entry[]>();
  const generic: Entry[] = [];
  const all: Entry[] = [];
  const firstMatch = (candidates: readonly Entry[], it: ProductPeriod<T>, best: Entry | undefined): Entry | undefined => {
    for (const c of candidates) {
      if (best && c.index >= best.index) continue;
      if (sameProduct(c.pp.product, it.product) && periodsOverlap(c.pp.period, it.period)) best = c;
    }
    return best;
  };
  items.forEach((it, index) => {
    const hit = it.product
      ? firstMatch(byCategory.get(it.product.Categorie) ?? [], it, firstMatch(generic, it, undefined))
      : firstMatch(all, it, undefined);
    if (hit) out.push({ item: it, earlier: hit.pp });
    const entry = { pp: it, index };
    all.push(entry);
    if (!it.product) generic.push(entry);
    else {
      const list = byCategory.get(it.product.Categorie);
      if (list) list.push(entry);
      else byCategory.set(it.product.Categorie, [entry]);
    }
  });
  return out;
}

// ---- amounts ----

/** An amount with its sign: debit positive, credit negative (TR342, TR358). */
export const signed = (a: CDT_BedragMetDC): number => (a.DebetCredit === 'C' ? -a.Bedrag : a.Bedrag);
export const signedTotaal = (a: CDT_TotaalBedragMetDC): number => (a.DebetCredit === 'C' ? -a.TotaalBedrag : a.TotaalBedrag);

/** A signed eurocent amount as the XML writes it: -21000 → '21000 C'. */
export const formatSigned = (cents: number): string => `${Math.abs(cents)} ${cents < 0 ? 'C' : 'D'}`;

// ---- keys ----

/** Reports every item whose key was already seen (one report per later duplicate). */
export function forEachDuplicate<T>(items: Iterable<T>, key: (item: T) => string, onDuplicate: (item: T, first: T) => void): void {
  const seen = new Map<string, T>();
  for (const it of items) {
    const k = key(it);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, it);
    else onDuplicate(it, first);
  }
}

// ---- message access ----

/** The Clients of a declaration (JW323) or of a declaration answer (JW325; none when rejected whole). */
export function clientsOf(b: JW323Bericht | JW325Bericht): ReadonlyArray<JW323Client | JW325Client> {
  return 'Declaratie' in b ? b.Declaratie.Clienten.Client : (b.DeclaratieAntwoord?.Clienten?.Client ?? []);
}

/** Calls fn for every Prestatie of a JW323 or JW325 in document order, without building a list. */
export function forEachPrestatie(b: JW323Bericht | JW325Bericht, fn: (p: JW323Prestatie | JW325Prestatie) => void): void {
  for (const c of clientsOf(b)) for (const p of c.Prestaties.Prestatie) fn(p);
}

/** Every Contact of a JW301: the Client's Contactgegevens, then each Relatie's Contact. */
export function contactsOf(b: JW301Bericht): JW301Contact[] {
  return [...b.Client.Contactgegevens.Contact, ...(b.Client.Relaties?.Relatie ?? []).map((r) => r.Contact)];
}

/**
 * The product lines that carry Omvang/Budget/Einddatum (CD041, CD075–CD080, CD095, CD096):
 * JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 TeWijzigenProduct and NieuwProduct.
 */
export interface ProductLine {
  readonly node: object;
  /** 'ToegewezenProduct 300201', 'AangevraagdProduct 40A12341234', 'NieuwProduct 2', … for messages. */
  readonly label: string;
  readonly einddatumField: 'Einddatum' | 'ToewijzingEinddatum';
  readonly einddatum: string | undefined;
  readonly omvang: CDT_Omvang | undefined;
  readonly budget: number | undefined;
  readonly product: CDT_Product | undefined;
  /** False for TeWijzigenProduct: it has no Product element, the toewijzing's product applies. */
  readonly hasProductElement: boolean;
}

export function productLines(ctx: RuleContext<'JW301' | 'JW315' | 'JW317'>): ProductLine[] {
  switch (ctx.code) {
    case 'JW301':
      return ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct.map((t) => ({
        node: t, label: `ToegewezenProduct ${t.ToewijzingNummer}`, einddatumField: 'Einddatum', einddatum: t.Einddatum,
        omvang: t.Omvang, budget: t.Budget, product: t.Product, hasProductElement: true,
      }));
    case 'JW315':
      return ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct.map((a) => ({
        node: a, label: `AangevraagdProduct ${a.ReferentieAanbieder}`, einddatumField: 'ToewijzingEinddatum', einddatum: a.ToewijzingEinddatum,
        omvang: a.Omvang, budget: a.Budget, product: a.Product, hasProductElement: true,
      }));
    case 'JW317': {
      const v = ctx.bericht.Client.Verzoek;
      return [
        ...(v.TeWijzigenProducten?.TeWijzigenProduct ?? []).map((p): ProductLine => ({
          node: p, label: `TeWijzigenProduct ${p.ToewijzingNummer}`, einddatumField: 'Einddatum', einddatum: p.Einddatum,
          omvang: p.Omvang, budget: p.Budget, product: undefined, hasProductElement: false,
        })),
        ...(v.NieuweProducten?.NieuwProduct ?? []).map((p, i): ProductLine => ({
          node: p, label: `NieuwProduct ${i + 1}`, einddatumField: 'Einddatum', einddatum: p.Einddatum,
          omvang: p.Omvang, budget: p.Budget, product: p.Product, hasProductElement: true,
        })),
      ];
    }
  }
}
