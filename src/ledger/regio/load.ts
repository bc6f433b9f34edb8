/**
 * Loading region contract files (regions/<id>.json) and the lookups a rule engine needs.
 *
 * `loadRegio` / `loadRegios` validate everything and throw one {@link RegioLoadError} carrying
 * every problem found (file + JSON path + message), not just the first.
 *
 * Dates: every lookup takes an ISO date (`YYYY-MM-DD`). Periods are inclusive at both ends; an open
 * period has no `tot`. A validity that is `onbekend` never excludes a date (the source states the
 * fact without dates); callers that must know can inspect the returned object's `geldigheid`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isPeriode, show, validateRegio } from './validate.js';
import type {
  Deelname,
  Geldigheid,
  JaNeeOnbekend,
  Product,
  Regel,
  Regio,
  RegioFout,
  TariefUitkomst,
} from './types.js';

export { validateRegio } from './validate.js';

export class RegioLoadError extends Error {
  constructor(readonly errors: RegioFout[]) {
    super(
      `${errors.length} error${errors.length === 1 ? '' : 's'} in region files:\n` +
        errors.map(formatFout).join('\n'),
    );
    this.name = 'RegioLoadError';
  }
}

/** `regions/flevoland.json: $.producten[3].eenheid: '99' is not a WJ756 Eenheid code` */
export function formatFout(f: RegioFout): string {
  return `${f.file}: ${f.path}: ${f.message}`;
}

function readRegio(path: string): { regio?: Regio; errors: RegioFout[] } {
  if (extname(path) === '.yaml' || extname(path) === '.yml') {
    return { errors: [{ file: path, path: '$', message: 'YAML region files are not supported; write the region as JSON (regions/<id>.json)' }] };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { errors: [{ file: path, path: '$', message: `cannot read file: ${(e as Error).message}` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { errors: [{ file: path, path: '$', message: `invalid JSON: ${(e as Error).message}` }] };
  }
  return validateRegio(raw, path);
}

/** Loads and validates one region file; throws {@link RegioLoadError} with all problems. */
export function loadRegio(path: string): Regio {
  const { regio, errors } = readRegio(path);
  if (!regio || errors.length > 0) throw new RegioLoadError(errors);
  return regio;
}

/**
 * Loads every region file in `dir` (`*.json`; `*.yaml`/`*.yml` are reported as unsupported), sorted
 * by file name. Collects the problems of all files and throws them together.
 */
export function loadRegios(dir: string): Regio[] {
  const files = readdirSync(dir)
    .filter((f) => ['.json', '.yaml', '.yml'].includes(extname(f)))
    .sort();
  const regios: Regio[] = [];
  const errors: RegioFout[] = [];
  // Region ids are unique because each must equal its file name.
  for (const f of files) {
    const r = readRegio(join(dir, f));
    errors.push(...r.errors);
    if (r.regio) regios.push(r.regio);
  }
  if (errors.length > 0) throw new RegioLoadError(errors);
  return regios;
}

// ---------------------------------------------------------------------------------------------
// Lookups

/** Does `g` hold on `date`? An unknown validity holds on every date. */
/** The region whose file covers gemeente `cbs`, or null when none does. */
export function regioVoor(regios: readonly Regio[], cbs: string): Regio | null {
  return regios.find((r) => r.gemeenten.some((g) => g.cbs === cbs)) ?? null;
}

export function geldigOp(g: Geldigheid, date: string): boolean {
  if (!isPeriode(g)) return true;
  return g.van <= date && (g.tot === undefined || date <= g.tot);
}

function categorieMatches(p: Product, categorie: string): boolean {
  if (typeof p.categorie === 'string') return p.categorie === categorie;
  return p.categorie.kandidaten === undefined || p.categorie.kandidaten.includes(categorie as never);
}

/**
 * The product with this categorie and code that is valid on `date`. A product whose categorie is
 * `onbekend` matches any of its candidate categories (or any categorie without candidates); check
 * `typeof product.categorie` to know whether the categorie itself is established.
 */
export function productOf(regio: Regio, categorie: string, code: string, date: string): Product | undefined {
  return regio.producten.find((p) => p.code === code && categorieMatches(p, categorie) && geldigOp(p.geldigheid, date));
}

/** The product with this code valid on `date`, whatever its categorie. */
export function productByCode(regio: Regio, code: string, date: string): Product | undefined {
  return regio.producten.find((p) => p.code === code && geldigOp(p.geldigheid, date));
}

/**
 * The tariff of `product` on `date`, per the product's eenheid, or per `eenheid` when given. A
 * tariff per hour (04) asked per minute (01) is the hourly tariff / 60 rounded to whole eurocents
 * (IV081; the declared amount itself is round(hourly × minutes / 60), not this × minutes).
 * `onbekend`: the file has no tariff for that date, with the reason — the tariff check could not run.
 * `geen`: the product has no tariff of its own (not declarable).
 */
export function tariefOf(regio: Regio, product: Product | string, date: string, eenheid?: string): TariefUitkomst {
  const p = typeof product === 'string' ? productByCode(regio, product, date) : product;
  if (!p) return { kind: 'onbekend', reason: `product ${show(product)} is not in region ${regio.id} on ${date}` };
  const t = p.tarieven;
  if (!Array.isArray(t)) {
    if ('geenTarief' in t) return { kind: 'geen', reason: t.geenTarief };
    return { kind: 'onbekend', reason: t.onbekend };
  }
  const hit = t.find((x) => geldigOp(x.geldigheid, date));
  if (!hit) {
    const periods = t.map((x) => `${x.geldigheid.van}..${x.geldigheid.tot ?? ''}`).join(', ');
    return { kind: 'onbekend', reason: `no tariff for ${p.code} on ${date} in ${regio.id} (tariff periods: ${periods})` };
  }
  const unit = hit.eenheid ?? (typeof p.eenheid === 'string' ? p.eenheid : undefined);
  if (unit === undefined) return { kind: 'onbekend', reason: `tariff of ${p.code} has no eenheid` };
  const wanted = eenheid ?? unit;
  if (wanted === unit) return { kind: 'bekend', eurocent: hit.eurocent, eenheid: unit, periode: hit.geldigheid };
  if (unit === '04' && wanted === '01') {
    return {
      kind: 'bekend',
      eurocent: Math.round(hit.eurocent / 60),
      eenheid: '01',
      periode: hit.geldigheid,
      afgeleid: `hourly tariff ${hit.eurocent} / 60, rounded to whole eurocents (IV081)`,
    };
  }
  return { kind: 'onbekend', reason: `tariff of ${p.code} is per ${show(unit)}; no conversion to ${show(wanted)}` };
}

/** The participation entries of `cbs` in `contract` that hold on `date`. */
export function deelnameOp(regio: Regio, cbs: string, contract: string, date: string): Deelname[] {
  const g = regio.gemeenten.find((x) => x.cbs === cbs);
  return g ? g.deelname.filter((d) => d.contract === contract && geldigOp(d.geldigheid, date)) : [];
}

/**
 * Does municipality `cbs` take part in `contract` on `date`? False for a municipality outside the
 * region, a contract without a participation entry, and dates outside the entry's period.
 */
export function gemeenteDoetMee(regio: Regio, cbs: string, contract: string, date: string): boolean {
  return deelnameOp(regio, cbs, contract, date).some((d) => d.doetMee);
}

/**
 * May municipality `cbs` use `product` on `date`, i.e. does it take part in the product's contract?
 * 'onbekend' when the product's contract is unknown and the candidates disagree for this municipality.
 */
export function productVoorGemeente(regio: Regio, cbs: string, product: Product, date: string): JaNeeOnbekend {
  if (typeof product.contract === 'string') return gemeenteDoetMee(regio, cbs, product.contract, date);
  const candidates = product.contract.kandidaten ?? [];
  if (candidates.length === 0) return 'onbekend';
  const answers = candidates.map((c) => gemeenteDoetMee(regio, cbs, c, date));
  if (answers.every((a) => a)) return true;
  if (answers.every((a) => !a)) return false;
  return 'onbekend';
}

/**
 * Is provider `agb` contracted for `product` (a code or a Product) on `date` (optionally for
 * municipality `cbs`)? 'onbekend' when the file does not know the contracted providers.
 */
export function isGecontracteerd(regio: Regio, agb: string, product: Product | string, date: string, cbs?: string): JaNeeOnbekend {
  if (!Array.isArray(regio.aanbieders)) return 'onbekend';
  const code = typeof product === 'string' ? product : product.code;
  const a = regio.aanbieders.find((x) => x.agb === agb);
  if (!a) return false;
  return a.producten.some(
    (p) =>
      p.product === code &&
      geldigOp(p.geldigheid, date) &&
      (cbs === undefined || p.gemeenten === undefined || p.gemeenten.includes(cbs)),
  );
}

/** The rules that apply to `productCode` (rules scoped by product, by its contract, or unscoped), optionally of one kind. */
export function regelsVoor<S extends Regel['soort']>(
  regio: Regio,
  productCode: string,
  date: string,
  soort?: S,
): Extract<Regel, { soort: S }>[] {
  const product = productByCode(regio, productCode, date);
  const contracts = !product ? [] : typeof product.contract === 'string' ? [product.contract] : (product.contract.kandidaten ?? []);
  return regio.regels.filter((r): r is Extract<Regel, { soort: S }> => {
    if (soort !== undefined && r.soort !== soort) return false;
    if (r.geldigheid && !geldigOp(r.geldigheid, date)) return false;
    if (r.producten) return r.producten.includes(productCode);
    if (r.contracten) return r.contracten.some((c) => contracts.includes(c));
    return true;
  });
}
