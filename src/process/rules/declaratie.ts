/**
 * What the declaration rules (JW323, CL3/CL4) share: the ledger's declarations and prestaties (S7,
 * S8) in RuleEnv, date arithmetic for the volume rules, and the one-pass judgement of a JW323's
 * prestaties that every prestatie-level rule reports from.
 *
 * Why one pass: the cumulative rules (TR322 volume over the term, TR369 budget, TR389 one debit per
 * period) count the prestaties that are approved, including those approved earlier in the same
 * message, and an approved credit releases the volume and amount of the debit it credits
 * (ijw-rules.md §8.4, §9.1 U1). Whether an earlier prestatie is approved depends on every rule. So
 * each rule module registers its per-prestatie check here (`prestatieCheck`); the first rule that
 * runs on a message judges all prestaties in one pass over the message, in the standard's order:
 * credits first, then debits, each in message order (OP366), and each registered check contributes
 * its findings. Every rule then reports only its own. The pass is memoised per (message, env), so a
 * JW323 with 10,000 prestaties is judged once, with maps and no quadratic step.
 *
 * Credit prestaties: a credit is a unilateral act of the provider that can only be rejected on
 * technical grounds (IV085), so only TR314, TR323 and TR390 apply to credits (ijw-rules.md §9.1 C1).
 *
 * A prestatie whose toewijzing is missing, belongs to another provider or client, or is deleted is
 * rejected by TR338, TR304 or TR384; the checks that compare with the toewijzing are then skipped
 * (one error, not a cascade).
 */
import { productOf } from '../../ledger/regio/load.js';
import type { JW323Bericht, JW323Client, JW323Prestatie } from '../../message/types.generated.js';
import type { RuleContext, RuleEnv, ToewijzingView } from './types.js';

// ---------------------------------------------------------------------------------------------
// Ledger state in RuleEnv

/** An earlier prestatie of this provider that was approved (S8). */
export interface PrestatieView {
  readonly gemeente: string;
  readonly referentieNummer: string;
  readonly vorigReferentieNummer: string | null;
  readonly toewijzingNummer: number;
  readonly categorie: string;
  readonly code: string;
  readonly begindatum: string;
  readonly einddatum: string;
  readonly volume: number;
  readonly eenheid: string;
  /** IngediendBedrag in eurocent, signed: debit +, credit −. */
  readonly bedrag: number;
  readonly debetCredit: 'D' | 'C';
  /** ReferentieNummer of the approved credit that credited this debit; null: not credited. */
  readonly gecrediteerdDoor: string | null;
}

/** Usage of a toewijzing by earlier approved, not credited debits (TR322, TR369). */
export interface Gebruik {
  /** Σ GeleverdVolume per Eenheid. */
  readonly volume: ReadonlyMap<string, number>;
  /** Σ IngediendBedrag (eurocent). */
  readonly bedrag: number;
}

/** This provider's earlier declarations (S7), as far as the message's rules need them. */
export interface DeclaratieHistorie {
  /** DeclaratieNummers (of those this message carries) used before in a processed declaration of this provider. */
  readonly nummers: ReadonlySet<string>;
  /** Begindatum of the latest DeclaratiePeriode of a processed declaration of this provider to this gemeente. */
  readonly laatstePeriode: string | null;
}

/** This provider's earlier approved prestaties (S8), as far as the message's rules need them. */
export interface PrestatieHistorie {
  /** By ReferentieNummer: every earlier approved prestatie the message names by ReferentieNummer or VorigReferentieNummer. */
  readonly perReferentie: ReadonlyMap<string, PrestatieView>;
  /** Per ToewijzingNummer the message names: what earlier approved, not credited debits used. */
  readonly gebruik: ReadonlyMap<number, Gebruik>;
  /** Earlier approved, not credited debits on the toewijzingen the message names, at least in the months it declares. */
  readonly openDebets: readonly PrestatieView[];
}

declare module './types.js' {
  interface RuleEnv {
    /** The provider's earlier processed declarations (TR333, TR318). */
    declaraties?: DeclaratieHistorie;
    /** The provider's earlier approved prestaties (TR314, TR322, TR323, TR369, TR389, TR390). */
    prestaties?: PrestatieHistorie;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates: ISO strings to day numbers (days since 1970-01-01, a Thursday)

const days = new Map<string, number>();

/** Day number of an ISO date (cached: a declaration repeats the same few dates thousands of times). */
export function dayNumber(d: string): number {
  let n = days.get(d);
  if (n === undefined) {
    n = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
    if (days.size > 100_000) days.clear();
    days.set(d, n);
  }
  return n;
}

export function dateOf(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (ISO 8601). */
export const weekday = (n: number): number => (((n + 3) % 7) + 7) % 7;

/** ISO calendar weeks (Monday–Sunday) with at least one day in [from, to] (Weeknummer_berekenen, IV077). */
export function isoWeeks(from: number, to: number): number {
  if (to < from) return 0;
  return (to - weekday(to) - (from - weekday(from))) / 7 + 1;
}

/** Sundays in [from, to]. */
export function sundays(from: number, to: number): number {
  if (to < from) return 0;
  // Day n is a Sunday iff n ≡ 3 (mod 7); count those ≤ x as floor((x − 3) / 7).
  return Math.floor((to - 3) / 7) - Math.floor((from - 1 - 3) / 7);
}

/** Calendar months with at least one day in [from, to]. */
export function monthsTouched(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

export const monthOf = (d: string): string => d.slice(0, 7);

/** round(numerator / denominator) half up, for non-negative integers, without floating point (IV081). */
export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

// ---------------------------------------------------------------------------------------------
// The one-pass judgement

/** What a check sees of one prestatie. */
export interface PrestatieInput {
  readonly bericht: JW323Bericht;
  readonly env: RuleEnv;
  readonly client: JW323Client;
  readonly p: JW323Prestatie;
  /** The toewijzing the prestatie names, as the ledger has it (any provider or client); undefined: none in this gemeente. */
  readonly lookup: ToewijzingView | undefined;
  /** The same toewijzing when it is usable: of this provider and client, not deleted. */
  readonly t: ToewijzingView | undefined;
  readonly run: Run;
}

/** Facts of the pass that several checks use. */
export interface Run {
  readonly historie: PrestatieHistorie;
  /** ReferentieNummers of earlier debits that an approved credit of this message credits. */
  readonly gecrediteerd: ReadonlySet<string>;
  /** Volume and amount released on a toewijzing by the approved credits of this message. */
  vrijgegeven(toewijzingNummer: number): Gebruik | undefined;
}

export interface PrestatieCheck<S = undefined> {
  /** The rule's official ID. */
  readonly id: string;
  /** Which prestaties it judges: debits (the default), credits, or both (ijw-rules.md §9.1 C1). */
  readonly soort?: 'debet' | 'credit' | 'beide';
  /** Compares with the prestatie's toewijzing: skipped when that is missing, foreign or deleted. */
  readonly toewijzing?: boolean;
  /** The child element the report names; none: the Prestatie itself. */
  readonly field?: string;
  /** Per-pass state of a cumulative check. */
  start?(run: Run): S;
  /** The reason the prestatie fails this rule, or undefined when it passes (x is only valid during the call). */
  check(x: PrestatieInput, state: S): string | undefined;
  /** Called for each prestatie approved by every check, in judging order (cumulative checks count it). */
  goedgekeurd?(x: PrestatieInput, state: S): void;
}

interface Finding {
  readonly node: object;
  readonly field: string | undefined;
  readonly message: string;
}

const CHECKS: PrestatieCheck<unknown>[] = [];

/**
 * Registers a prestatie-level check (called once by its rule module at load time) and returns the
 * rule's `check`: it reports this rule's findings of the judgement of the message.
 */
export function prestatieCheck<S>(def: PrestatieCheck<S>): (ctx: RuleContext<'JW323'>) => void {
  if (CHECKS.some((c) => c.id === def.id)) throw new Error(`prestatie check ${def.id} registered twice`);
  CHECKS.push(def as PrestatieCheck<unknown>);
  return (ctx) => {
    for (const f of judgement(ctx.bericht, ctx.env).get(def.id) ?? []) ctx.report(f.node, f.field, f.message);
  };
}

/** The registered prestatie checks' IDs (tests). */
export const prestatieCheckIds = (): string[] => CHECKS.map((c) => c.id);

const memo = new WeakMap<object, { env: RuleEnv; result: Map<string, Finding[]> }>();

function judgement(bericht: JW323Bericht, env: RuleEnv): Map<string, Finding[]> {
  const hit = memo.get(bericht);
  if (hit && hit.env === env) return hit.result;
  const result = judge(bericht, env);
  memo.set(bericht, { env, result });
  return result;
}

function needs(env: RuleEnv): { toewijzingen: ReadonlyMap<number, ToewijzingView>; historie: PrestatieHistorie } {
  const missing = [
    env.toewijzingen ? undefined : 'env.toewijzingen (the toewijzing ledger)',
    env.prestaties ? undefined : 'env.prestaties (the prestatie ledger)',
    env.regio !== undefined ? undefined : 'env.regio (the region contract, or null)',
  ].filter((x) => x !== undefined);
  if (missing.length) throw new Error(`the declaration rules (${CHECKS.map((c) => c.id).join(', ')}) need ${missing.join(', ')}`);
  return { toewijzingen: env.toewijzingen!, historie: env.prestaties! };
}

const isCredit = (p: JW323Prestatie): boolean => p.IngediendBedrag.DebetCredit === 'C';

function judge(bericht: JW323Bericht, env: RuleEnv): Map<string, Finding[]> {
  const { toewijzingen, historie } = needs(env);
  const afzender = bericht.Header.Afzender;
  const gecrediteerd = new Set<string>();
  let released: Map<number, { volume: Map<string, number>; bedrag: number }> | undefined;
  const run: Run = {
    historie,
    gecrediteerd,
    vrijgegeven(nummer) {
      if (!released) {
        released = new Map();
        for (const ref of gecrediteerd) {
          const d = historie.perReferentie.get(ref);
          if (!d) continue;
          let g = released.get(d.toewijzingNummer);
          if (!g) released.set(d.toewijzingNummer, (g = { volume: new Map(), bedrag: 0 }));
          g.volume.set(d.eenheid, (g.volume.get(d.eenheid) ?? 0) + d.volume);
          g.bedrag += d.bedrag;
        }
      }
      return released.get(nummer);
    },
  };
  // Each check with its per-pass state, split by the prestaties it judges.
  const bound = CHECKS.map((c) => ({ c, state: c.start?.(run), soort: c.soort ?? 'debet' }));
  const forCredit = bound.filter((b) => b.soort !== 'debet');
  const forDebit = bound.filter((b) => b.soort !== 'credit');
  const result = new Map<string, Finding[]>();
  const clients = bericht.Declaratie.Clienten.Client;

  // One input object, refilled per prestatie: checks read it during their call only.
  const x = { bericht, env, client: undefined as unknown as JW323Client, p: undefined as unknown as JW323Prestatie, lookup: undefined as ToewijzingView | undefined, t: undefined as ToewijzingView | undefined, run };
  const judgeOne = (client: JW323Client, p: JW323Prestatie, credit: boolean): boolean => {
    const lookup = toewijzingen.get(p.ToewijzingNummer);
    const t = lookup && lookup.agb === afzender && lookup.bsn === client.Bsn && !isDeleted(lookup) ? lookup : undefined;
    x.client = client;
    x.p = p;
    x.lookup = lookup;
    x.t = t;
    const checks = credit ? forCredit : forDebit;
    let ok = true;
    for (let i = 0; i < checks.length; i++) {
      const { c, state } = checks[i]!;
      if (c.toewijzing && !t) continue;
      const why = c.check(x, state);
      if (why === undefined) continue;
      ok = false;
      let list = result.get(c.id);
      if (!list) result.set(c.id, (list = []));
      list.push({ node: p, field: c.field, message: why });
    }
    if (ok) {
      for (let i = 0; i < checks.length; i++) {
        const { c, state } = checks[i]!;
        c.goedgekeurd?.(x, state);
      }
      if (credit) {
        gecrediteerd.add(p.ProductReferentie.VorigReferentieNummer!);
        released = undefined;
      }
    }
    return ok;
  };

  // OP366: credits first, so a credit and the debit that replaces it may travel together.
  for (const client of clients) for (const p of client.Prestaties.Prestatie) if (isCredit(p)) judgeOne(client, p, true);
  for (const client of clients) for (const p of client.Prestaties.Prestatie) if (!isCredit(p)) judgeOne(client, p, false);
  return result;
}

/** Deleted (TR384): RedenWijziging 13, or Einddatum = Ingangsdatum with 13 or 01 (ijw-rules.md §4.1). */
export const isDeleted = (t: ToewijzingView): boolean => t.verwijderd || t.redenWijziging === '13';

// ---------------------------------------------------------------------------------------------
// Helpers for the volume rules

/**
 * Volumes are compared in a basis unit: minutes when the toewijzing is in hours (a declaration may
 * then be in minutes, TR341), else the toewijzing's own Eenheid. No other conversion exists
 * (ijw-rules.md §8.4: a dagdeel is not converted to hours).
 */
export const basisFactor = (toewijzingEenheid: string): number => (toewijzingEenheid === '04' ? 60 : 1);

/** A declared volume in the basis unit of the toewijzing; null when the Eenheid does not fit it. */
export function inBasis(toewijzingEenheid: string, eenheid: string, volume: number): number | null {
  if (eenheid === toewijzingEenheid) return volume * basisFactor(toewijzingEenheid);
  if (toewijzingEenheid === '04' && eenheid === '01') return volume;
  return null;
}

/** A usage's volume in the basis unit of the toewijzing (volumes in a unit that does not fit are not counted). */
export function gebruikInBasis(toewijzingEenheid: string, g: Gebruik | undefined): number {
  let sum = 0;
  if (g) for (const [eenheid, v] of g.volume) sum += inBasis(toewijzingEenheid, eenheid, v) ?? 0;
  return sum;
}

// ---------------------------------------------------------------------------------------------
// Maximum volumes (TR321, TR322): ijw-rules.md §8.4, IV076–IV078, Weeknummer_berekenen

/** The uitvoeringsvariant of the declared product in the region contract; undefined when unknown. */
export function variantOf(env: RuleEnv, p: JW323Prestatie): 'inspanningsgericht' | 'outputgericht' | undefined {
  if (!env.regio) return undefined;
  const v = productOf(env.regio, p.ProductCategorie, p.ProductCode, p.ProductPeriode.Begindatum)?.uitvoeringsvariant;
  return v === 'inspanningsgericht' || v === 'outputgericht' ? v : undefined;
}

type Variant = ReturnType<typeof variantOf>;

/** Picks the method of the variant; unknown: the larger, since a rule does not reject on what it cannot know. */
const byVariant = (variant: Variant, inspanning: number, output: number): number =>
  variant === 'inspanningsgericht' ? inspanning : variant === 'outputgericht' ? output : Math.max(inspanning, output);

/**
 * Outputgericht per week: the last, broken week of a toewijzing that does not end on a Sunday
 * belongs to the ProductPeriode with the toewijzing's last Sunday (IV076). A toewijzing without any
 * Sunday has its one broken week in the period of its last day (the sources are silent; counting it
 * nowhere would make it undeclarable).
 */
function extraWeek(t: ToewijzingView, from: number, to: number): number {
  if (t.einddatum === null) return 0;
  const end = dayNumber(t.einddatum);
  if (weekday(end) === 6) return 0;
  const lastSunday = end - weekday(end) - 1;
  const anchor = lastSunday >= dayNumber(t.ingangsdatum) ? lastSunday : end;
  return from <= anchor && anchor <= to ? 1 : 0;
}

/**
 * Most volume (in the toewijzing's Eenheid) one prestatie may declare for ProductPeriode [from, to]
 * (TR321), the period first clipped to the toewijzing. Per week: inspanningsgericht the ISO weeks
 * with a day in the period (IV077), outputgericht the Sundays in it plus the broken last week
 * (IV076); per day: volume × days (§9.1 U2); per month and total: the volume itself (IV078).
 */
export function maxPerPeriode(t: ToewijzingView, from: string, to: string, variant: Variant): number {
  const { Volume: v, Frequentie: f } = t.omvang!;
  const a = Math.max(dayNumber(from), dayNumber(t.ingangsdatum));
  const b = t.einddatum === null ? dayNumber(to) : Math.min(dayNumber(to), dayNumber(t.einddatum));
  if (b < a) return 0;
  switch (f) {
    case '1':
      return v * (b - a + 1);
    case '2':
      return byVariant(variant, v * isoWeeks(a, b), v * (sundays(a, b) + extraWeek(t, a, b)));
    default:
      return v;
  }
}

/**
 * Most volume (in the toewijzing's Eenheid) over the whole toewijzing (TR322); null: no limit (an
 * open-ended toewijzing per day or month). Per week: inspanningsgericht v × the ISO weeks of the term
 * (needed because a week across two months counts in both periods, IV077), outputgericht the sum of
 * the per-period maxima (each week once, by its Sunday); per day v × days, per month v × months
 * touched (§9.1 U2); total: v.
 */
const termCache = new WeakMap<ToewijzingView, Map<Variant, number | null>>();

export function maxOverTerm(t: ToewijzingView, variant: Variant): number | null {
  let perVariant = termCache.get(t);
  if (!perVariant) termCache.set(t, (perVariant = new Map()));
  let max = perVariant.get(variant);
  if (max === undefined) perVariant.set(variant, (max = termMax(t, variant)));
  return max;
}

function termMax(t: ToewijzingView, variant: Variant): number | null {
  const { Volume: v, Frequentie: f } = t.omvang!;
  if (f === '6') return v;
  if (t.einddatum === null) return null;
  const a = dayNumber(t.ingangsdatum);
  const b = dayNumber(t.einddatum);
  switch (f) {
    case '1':
      return v * (b - a + 1);
    case '2':
      return byVariant(variant, v * isoWeeks(a, b), v * (sundays(a, b) + extraWeek(t, a, b)));
    default:
      return v * monthsTouched(t.ingangsdatum, t.einddatum);
  }
}

/** The ProductPeriode lies within the toewijzing (else TR307/TR308 reject it, and the volume rules stay silent). */
export const binnenToewijzing = (p: JW323Prestatie, t: ToewijzingView): boolean =>
  p.ProductPeriode.Begindatum >= t.ingangsdatum && (t.einddatum === null || p.ProductPeriode.Einddatum <= t.einddatum);

/** 'GeleverdVolume 7' in the declared Eenheid when it is the toewijzing's, else in minutes (the basis unit). */
export function showVolume(toewijzingEenheid: string, declared: string, basis: number): string {
  const factor = basisFactor(toewijzingEenheid);
  return declared === toewijzingEenheid || factor === 1 ? `${basis / factor}` : `${basis} minutes`;
}

export const FREQUENTIE: Readonly<Record<string, string>> = { '1': 'per day', '2': 'per week', '4': 'per month', '6': 'in total' };

/** 'ToewijzingNummer 10072' / a prestatie as named in a message text (no personal data). */
export const showPrestatie = (p: JW323Prestatie): string => `prestatie ${p.ProductReferentie.ReferentieNummer}`;
