/**
 * Validation of a parsed region file. Hand-written (no JSON-schema library): a structural pass that
 * checks every field's presence, type and code-list value, then a cross-reference pass (ids exist,
 * no duplicates, no overlapping periods). Every problem is collected with its JSON path; the caller
 * gets all of them, not just the first.
 */
import { basename, extname } from 'node:path';
import {
  BERICHTCODES,
  EENHEID,
  EENHEDEN_PER_VARIANT,
  FREQUENTIE,
  NIET_PER_DAG,
  PRODUCTCATEGORIE,
  TYPE_VERWIJZER,
  type CodeList,
} from './codes.js';
import {
  CONTROLES,
  DUUR_EENHEDEN,
  ERNSTEN,
  GROOTHEDEN,
  MAXIMUM_PER,
  PEILMOMENTEN,
  REGEL_SOORTEN,
  REGIO_FORMAAT,
  RELATIES,
  UITVOERINGSVARIANTEN,
  type Aanbieder,
  type AanbiederProduct,
  type BronDocument,
  type BronVerwijzing,
  type CombinatieDoel,
  type Contract,
  type Deelname,
  type Duur,
  type Gemeente,
  type GeenTarief,
  type Geldigheid,
  type MaximumVoorwaarde,
  type Onbekend,
  type Periode,
  type Product,
  type Regel,
  type Regio,
  type RegioFout,
  type Tarief,
} from './types.js';

type Obj = Record<string, unknown>;
type Check<T> = (x: unknown, path: string) => T | undefined;

const CBS = /^[0-9]{4}$/;
const AGB = /^[0-9]{8}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const REGEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PRODUCTCODE = /^\S{1,5}$/;
const DATUM = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const LINES = /^L[0-9]+(-[0-9]+)?(, ?L[0-9]+(-[0-9]+)?)*$/;
const LDT_BEDRAG_MAX = 99_999_999;

/** A value as it appears in a message: strings in single quotes, the rest as JSON. */
export function show(x: unknown): string {
  if (typeof x === 'string') return `'${x}'`;
  if (x === undefined) return 'undefined';
  const s = JSON.stringify(x);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function typeName(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object') return 'an object';
  return `a ${typeof x}`;
}

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The list when every item validated, else undefined (the reasons are already recorded). */
function all<T>(list: (T | undefined)[] | undefined): T[] | undefined {
  return list?.every((x) => x !== undefined) ? (list as T[]) : undefined;
}

function isOnbekend(x: unknown): boolean {
  return isObj(x) && 'onbekend' in x;
}

/** Inclusive overlap of two periods (no `tot` = open-ended). */
export function overlaps(a: Periode, b: Periode): boolean {
  return a.van <= (b.tot ?? '9999-12-31') && b.van <= (a.tot ?? '9999-12-31');
}

function periodeText(p: Periode): string {
  return `${p.van}..${p.tot ?? ''}`;
}

export function isPeriode(g: Geldigheid): g is Periode {
  return !('onbekend' in g);
}

class Validator {
  readonly errors: RegioFout[] = [];
  /** Source references seen, checked against `bronnen` at the end. */
  private readonly bronRefs: { path: string; document: string }[] = [];

  constructor(readonly file: string) {}

  fail(path: string, message: string): undefined {
    this.errors.push({ file: this.file, path, message });
    return undefined;
  }

  // --- primitives -------------------------------------------------------------------------

  object(x: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Obj | undefined {
    if (!isObj(x)) return this.fail(path, `must be an object, got ${typeName(x)}`);
    for (const k of required) if (!Object.hasOwn(x, k) || x[k] === undefined) this.fail(`${path}.${k}`, 'is required');
    const known = new Set([...required, ...optional]);
    for (const k of Object.keys(x)) {
      if (!known.has(k)) this.fail(`${path}.${k}`, `unknown field (allowed: ${[...known].join(', ')})`);
    }
    return x;
  }

  string(x: unknown, path: string, pattern?: RegExp, patternText?: string): string | undefined {
    if (x === undefined) return undefined; // reported by object()
    if (typeof x !== 'string') return this.fail(path, `must be a string, got ${typeName(x)}`);
    if (x.trim() === '') return this.fail(path, 'must not be empty');
    if (pattern && !pattern.test(x)) return this.fail(path, `${show(x)} is not ${patternText ?? `of the form ${pattern.source}`}`);
    return x;
  }

  integer(x: unknown, path: string, min: number, max: number): number | undefined {
    if (x === undefined) return undefined;
    if (typeof x !== 'number' || !Number.isInteger(x)) return this.fail(path, `must be an integer, got ${show(x)}`);
    if (x < min || x > max) return this.fail(path, `${x} is out of range ${min}..${max}`);
    return x;
  }

  boolean(x: unknown, path: string): boolean | undefined {
    if (x === undefined) return undefined;
    if (typeof x !== 'boolean') return this.fail(path, `must be true or false, got ${show(x)}`);
    return x;
  }

  oneOf<T extends string>(x: unknown, path: string, values: readonly T[], what: string): T | undefined {
    if (x === undefined) return undefined;
    if (typeof x !== 'string' || !(values as readonly string[]).includes(x)) {
      return this.fail(path, `${show(x)} is not a valid ${what} (one of: ${values.join(', ')})`);
    }
    return x as T;
  }

  code(x: unknown, path: string, list: CodeList): string | undefined {
    if (x === undefined) return undefined;
    if (typeof x !== 'string') return this.fail(path, `must be a ${list.name} code (a string), got ${typeName(x)}`);
    if (!list.codes.has(x)) return this.fail(path, `${show(x)} is not a ${list.name} code`);
    return x;
  }

  array<T>(x: unknown, path: string, each: Check<T>, minItems = 0): (T | undefined)[] | undefined {
    if (x === undefined) return undefined;
    if (!Array.isArray(x)) return this.fail(path, `must be an array, got ${typeName(x)}`);
    if (x.length < minItems) this.fail(path, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
    return x.map((item, i) => {
      const before = this.errors.length;
      const value = each(item, `${path}[${i}]`);
      // Safety net: an item may only be dropped with a recorded reason.
      if (value === undefined && this.errors.length === before) this.fail(`${path}[${i}]`, 'is invalid');
      return value;
    });
  }

  datum(x: unknown, path: string): string | undefined {
    const s = this.string(x, path);
    if (s === undefined) return undefined;
    const m = DATUM.exec(s);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(Date.UTC(y, mo - 1, d));
      if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return s;
    }
    return this.fail(path, `${show(s)} is not a valid ISO date (YYYY-MM-DD)`);
  }

  // --- shared structures ------------------------------------------------------------------

  bronVerwijzing: Check<BronVerwijzing> = (x, path) => {
    const o = this.object(x, path, ['document', 'plaats']);
    if (!o) return undefined;
    const document = this.string(o.document, `${path}.document`);
    let plaats = this.string(o.plaats, `${path}.plaats`);
    if (plaats !== undefined && plaats.startsWith('L') && /^L[0-9]/.test(plaats)) {
      if (!LINES.test(plaats)) plaats = this.fail(`${path}.plaats`, `${show(plaats)} is not a line reference like 'L12' or 'L12-14, L20'`);
      else {
        for (const part of plaats.split(/, ?/)) {
          const [from, to] = part.slice(1).split('-').map(Number);
          if (to !== undefined && from !== undefined && to < from) {
            plaats = this.fail(`${path}.plaats`, `line range ${part} runs backwards`);
          }
        }
      }
    }
    if (document !== undefined) this.bronRefs.push({ path: `${path}.document`, document });
    if (document === undefined || plaats === undefined) return undefined;
    return { document, plaats };
  };

  bron(x: unknown, path: string): BronVerwijzing[] | undefined {
    return this.array(x, path, this.bronVerwijzing, 1) as BronVerwijzing[] | undefined;
  }

  onbekend<T>(x: unknown, path: string, kandidaat?: Check<T>): Onbekend<T> | undefined {
    const o = this.object(x, path, ['onbekend'], kandidaat ? ['kandidaten', 'bron'] : ['bron']);
    if (!o) return undefined;
    const reason = this.string(o.onbekend, `${path}.onbekend`);
    const result: Onbekend<T> = { onbekend: reason ?? '' };
    if (o.kandidaten !== undefined && kandidaat) {
      result.kandidaten = this.array(o.kandidaten, `${path}.kandidaten`, kandidaat, 1) as T[];
    }
    if (o.bron !== undefined) result.bron = this.bron(o.bron, `${path}.bron`);
    return result;
  }

  periode: Check<Periode> = (x, path) => {
    const o = this.object(x, path, ['van'], ['tot']);
    if (!o) return undefined;
    const van = this.datum(o.van, `${path}.van`);
    const tot = o.tot === undefined ? undefined : this.datum(o.tot, `${path}.tot`);
    if (van === undefined || (o.tot !== undefined && tot === undefined)) return undefined;
    if (tot !== undefined && tot < van) return this.fail(`${path}.tot`, `${show(tot)} is before van ${show(van)}`);
    return tot === undefined ? { van } : { van, tot };
  };

  geldigheid: Check<Geldigheid> = (x, path) => {
    if (isOnbekend(x)) return this.onbekend(x, path);
    if (!isObj(x)) return this.fail(path, `must be a period {"van", "tot"} or {"onbekend": reason}, got ${typeName(x)}`);
    return this.periode(x, path);
  };

  duur: Check<Duur> = (x, path) => {
    const o = this.object(x, path, ['aantal', 'eenheid']);
    if (!o) return undefined;
    const aantal = this.integer(o.aantal, `${path}.aantal`, 1, 10_000);
    const eenheid = this.oneOf(o.eenheid, `${path}.eenheid`, DUUR_EENHEDEN, 'duur-eenheid');
    return aantal === undefined || eenheid === undefined ? undefined : { aantal, eenheid };
  };

  codeOrOnbekend(x: unknown, path: string, list: CodeList): string | Onbekend<string> | undefined {
    if (isOnbekend(x)) return this.onbekend(x, path, (k, p) => this.code(k, p, list));
    if (x !== undefined && typeof x !== 'string') {
      return this.fail(path, `must be a ${list.name} code or {"onbekend": reason}, got ${typeName(x)}`);
    }
    return this.code(x, path, list);
  }

  stringList(x: unknown, path: string, pattern?: RegExp, patternText?: string): string[] | undefined {
    return this.array(x, path, (v, p) => this.string(v, p, pattern, patternText), 1) as string[] | undefined;
  }

  checkBronRefs(ids: ReadonlySet<string>): void {
    for (const r of this.bronRefs) {
      if (!ids.has(r.document)) this.fail(r.path, `${show(r.document)} is not a bron id (known: ${[...ids].join(', ')})`);
    }
  }
}

// --- sections -------------------------------------------------------------------------------

function bronDocument(v: Validator): Check<BronDocument> {
  return (x, path) => {
    const o = v.object(x, path, ['id', 'titel', 'bestand'], ['toelichting']);
    if (!o) return undefined;
    const id = v.string(o.id, `${path}.id`, ID, 'a lower-case id (a-z, 0-9, -)');
    const titel = v.string(o.titel, `${path}.titel`);
    const bestand = v.string(o.bestand, `${path}.bestand`);
    const toelichting = o.toelichting === undefined ? undefined : v.string(o.toelichting, `${path}.toelichting`);
    if (id === undefined || titel === undefined || bestand === undefined) return undefined;
    return { id, titel, bestand, ...(toelichting !== undefined && { toelichting }) };
  };
}

function optionalText(v: Validator, o: Obj, path: string): { toelichting?: string } {
  if (o.toelichting === undefined) return {};
  const t = v.string(o.toelichting, `${path}.toelichting`);
  return t === undefined ? {} : { toelichting: t };
}

function deelname(v: Validator): Check<Deelname> {
  return (x, path) => {
    const o = v.object(x, path, ['contract', 'doetMee', 'geldigheid', 'bron'], ['toelichting']);
    if (!o) return undefined;
    const contract = v.string(o.contract, `${path}.contract`);
    const doetMee = v.boolean(o.doetMee, `${path}.doetMee`);
    const geldigheid = v.geldigheid(o.geldigheid, `${path}.geldigheid`);
    const bron = v.bron(o.bron, `${path}.bron`);
    if (contract === undefined || doetMee === undefined || geldigheid === undefined || bron === undefined) return undefined;
    return { contract, doetMee, geldigheid, bron, ...optionalText(v, o, path) };
  };
}

function gemeente(v: Validator): Check<Gemeente> {
  return (x, path) => {
    const o = v.object(x, path, ['cbs', 'naam', 'bron', 'deelname'], ['toelichting']);
    if (!o) return undefined;
    const cbs = v.string(o.cbs, `${path}.cbs`, CBS, 'a CBS gemeentecode (4 digits)');
    const naam = v.string(o.naam, `${path}.naam`);
    const bron = v.bron(o.bron, `${path}.bron`);
    const dl = v.array(o.deelname, `${path}.deelname`, deelname(v));
    if (cbs === undefined || naam === undefined || bron === undefined || dl === undefined) return undefined;
    const deelnames = all(dl);
    if (!deelnames) return undefined;
    return { cbs, naam, bron, deelname: deelnames, ...optionalText(v, o, path) };
  };
}

function contract(v: Validator): Check<Contract> {
  return (x, path) => {
    const o = v.object(x, path, ['id', 'naam', 'geldigheid', 'bron'], ['toelichting']);
    if (!o) return undefined;
    const id = v.string(o.id, `${path}.id`, ID, 'a lower-case id (a-z, 0-9, -)');
    const naam = v.string(o.naam, `${path}.naam`);
    const geldigheid = v.geldigheid(o.geldigheid, `${path}.geldigheid`);
    const bron = v.bron(o.bron, `${path}.bron`);
    if (id === undefined || naam === undefined || geldigheid === undefined || bron === undefined) return undefined;
    return { id, naam, geldigheid, bron, ...optionalText(v, o, path) };
  };
}

function tarief(v: Validator): Check<Tarief> {
  return (x, path) => {
    const o = v.object(x, path, ['geldigheid', 'eurocent', 'bron'], ['eenheid']);
    if (!o) return undefined;
    let geldigheid: Periode | undefined;
    if (isOnbekend(o.geldigheid)) {
      v.fail(`${path}.geldigheid`, 'a tariff needs a known period; put an unknown tariff as "tarieven": {"onbekend": reason}');
    } else geldigheid = v.periode(o.geldigheid, `${path}.geldigheid`);
    const eurocent = v.integer(o.eurocent, `${path}.eurocent`, 0, LDT_BEDRAG_MAX);
    const eenheid = o.eenheid === undefined ? undefined : v.code(o.eenheid, `${path}.eenheid`, EENHEID);
    const bron = v.bron(o.bron, `${path}.bron`);
    if (geldigheid === undefined || eurocent === undefined || bron === undefined) return undefined;
    if (o.eenheid !== undefined && eenheid === undefined) return undefined;
    return { geldigheid, eurocent, bron, ...(eenheid !== undefined && { eenheid }) } as Tarief;
  };
}

function tarieven(v: Validator, x: unknown, path: string): Product['tarieven'] | undefined {
  if (x === undefined) return undefined;
  if (isOnbekend(x)) return v.onbekend(x, path);
  if (isObj(x) && 'geenTarief' in x) {
    const o = v.object(x, path, ['geenTarief'], ['bron']);
    if (!o) return undefined;
    const reason = v.string(o.geenTarief, `${path}.geenTarief`);
    const result: GeenTarief = { geenTarief: reason ?? '' };
    if (o.bron !== undefined) result.bron = v.bron(o.bron, `${path}.bron`);
    return reason === undefined ? undefined : result;
  }
  if (!Array.isArray(x)) {
    return v.fail(path, `must be a list of tariffs, {"onbekend": reason} or {"geenTarief": reason}, got ${typeName(x)}`);
  }
  return all(v.array(x, path, tarief(v), 1));
}

function product(v: Validator): Check<Product> {
  return (x, path) => {
    const o = v.object(
      x,
      path,
      ['categorie', 'code', 'naam', 'contract', 'uitvoeringsvariant', 'eenheid', 'frequenties', 'geldigheid', 'tarieven', 'bron'],
      ['toewijzingEenheden', 'toelichting'],
    );
    if (!o) return undefined;
    const categorie = v.codeOrOnbekend(o.categorie, `${path}.categorie`, PRODUCTCATEGORIE);
    const code = v.string(o.code, `${path}.code`, PRODUCTCODE, 'a productcode (1 to 5 characters, no spaces)');
    const naam = v.string(o.naam, `${path}.naam`);
    const ctr = isOnbekend(o.contract)
      ? v.onbekend(o.contract, `${path}.contract`, (k, p) => v.string(k, p))
      : v.string(o.contract, `${path}.contract`);
    const variant = v.oneOf(o.uitvoeringsvariant, `${path}.uitvoeringsvariant`, UITVOERINGSVARIANTEN, 'uitvoeringsvariant');
    const eenheid = v.codeOrOnbekend(o.eenheid, `${path}.eenheid`, EENHEID);
    const toewijzingEenheden =
      o.toewijzingEenheden === undefined
        ? undefined
        : (v.array(o.toewijzingEenheden, `${path}.toewijzingEenheden`, (e, p) => v.code(e, p, EENHEID), 1) as string[] | undefined);
    const frequenties = v.array(o.frequenties, `${path}.frequenties`, (f, p) => v.code(f, p, FREQUENTIE), 1);
    const geldigheid = v.geldigheid(o.geldigheid, `${path}.geldigheid`);
    const tv = tarieven(v, o.tarieven, `${path}.tarieven`);
    const bron = v.bron(o.bron, `${path}.bron`);
    if (
      categorie === undefined || code === undefined || naam === undefined || ctr === undefined || variant === undefined ||
      eenheid === undefined || frequenties === undefined || geldigheid === undefined || tv === undefined || bron === undefined
    ) {
      return undefined;
    }
    return {
      categorie,
      code,
      naam,
      contract: ctr,
      uitvoeringsvariant: variant,
      eenheid,
      ...(toewijzingEenheden && { toewijzingEenheden }),
      frequenties,
      geldigheid,
      tarieven: tv,
      bron,
      ...optionalText(v, o, path),
    } as unknown as Product;
  };
}

function aanbieder(v: Validator): Check<Aanbieder> {
  const item: Check<AanbiederProduct> = (x, path) => {
    const o = v.object(x, path, ['product', 'geldigheid'], ['gemeenten']);
    if (!o) return undefined;
    const product = v.string(o.product, `${path}.product`);
    const geldigheid = v.geldigheid(o.geldigheid, `${path}.geldigheid`);
    const gemeenten = o.gemeenten === undefined ? undefined : v.stringList(o.gemeenten, `${path}.gemeenten`, CBS, 'a CBS gemeentecode (4 digits)');
    if (product === undefined || geldigheid === undefined) return undefined;
    return { product, geldigheid, ...(gemeenten && { gemeenten }) };
  };
  return (x, path) => {
    const o = v.object(x, path, ['agb', 'producten', 'bron'], ['naam', 'toelichting']);
    if (!o) return undefined;
    const agb = v.string(o.agb, `${path}.agb`, AGB, 'an AGB code (8 digits)');
    const naam = o.naam === undefined ? undefined : v.string(o.naam, `${path}.naam`);
    const producten = v.array(o.producten, `${path}.producten`, item, 1);
    const bron = v.bron(o.bron, `${path}.bron`);
    const items = all(producten);
    if (agb === undefined || items === undefined || bron === undefined) return undefined;
    return {
      agb,
      ...(naam !== undefined && { naam }),
      producten: items,
      bron,
      ...optionalText(v, o, path),
    };
  };
}

const REGEL_BASIS_REQUIRED = ['id', 'soort', 'omschrijving', 'bron', 'controle', 'ernst'] as const;
const REGEL_BASIS_OPTIONAL = ['producten', 'contracten', 'gemeenten', 'berichten', 'geldigheid', 'toelichting'] as const;

/** Kind-specific fields: [required, optional]. */
const REGEL_VELDEN: Record<Regel['soort'], [string[], string[]]> = {
  leeftijd: [['peilmoment', 'uitzonderingen'], ['vanaf', 'tot']],
  maximum: [['grootheid', 'maximum', 'eenheid', 'per', 'richtlijn'], ['voorwaarde']],
  combinatie: [['relatie', 'met', 'binnen'], ['voorwaarde']],
  verwijzer: [['verwijzerVan', 'toegestaan', 'uitzonderingen'], []],
  termijn: [['partij', 'richting', 'termijn', 'moment'], []],
  bijzonder: [[], []],
};

function regel(v: Validator): Check<Regel> {
  return (x, path) => {
    if (!isObj(x)) return v.fail(path, `must be an object, got ${typeName(x)}`);
    const soort = x.soort;
    if (soort === undefined) return v.fail(`${path}.soort`, 'is required');
    if (typeof soort !== 'string' || !(REGEL_SOORTEN as readonly string[]).includes(soort)) {
      return v.fail(`${path}.soort`, `unknown rule kind ${show(soort)} (known kinds: ${REGEL_SOORTEN.join(', ')})`);
    }
    const s = soort as Regel['soort'];
    const [reqFields, optFields] = REGEL_VELDEN[s];
    const o = v.object(x, path, [...REGEL_BASIS_REQUIRED, ...reqFields], [...REGEL_BASIS_OPTIONAL, ...optFields]);
    if (!o) return undefined;
    let ok = true;
    /** A required value: the rule is invalid without it (the reason is already recorded). */
    const need = <T>(value: T | undefined): T | undefined => {
      if (value === undefined) ok = false;
      return value;
    };
    /** An optional value: invalid only when it was given but did not validate. */
    const opt = <T>(value: T | undefined, given: unknown): T | undefined => {
      if (value === undefined && given !== undefined) ok = false;
      return value;
    };
    const base = {
      id: need(v.string(o.id, `${path}.id`, REGEL_ID, 'a rule id (letters, digits, . _ -)')),
      soort: s,
      omschrijving: need(v.string(o.omschrijving, `${path}.omschrijving`)),
      bron: need(v.bron(o.bron, `${path}.bron`)),
      controle: need(v.oneOf(o.controle, `${path}.controle`, CONTROLES, 'controle')),
      ernst: need(v.oneOf(o.ernst, `${path}.ernst`, ERNSTEN, 'ernst')),
      producten: opt(o.producten === undefined ? undefined : v.stringList(o.producten, `${path}.producten`), o.producten),
      contracten: opt(o.contracten === undefined ? undefined : v.stringList(o.contracten, `${path}.contracten`), o.contracten),
      gemeenten: opt(
        o.gemeenten === undefined ? undefined : v.stringList(o.gemeenten, `${path}.gemeenten`, CBS, 'a CBS gemeentecode (4 digits)'),
        o.gemeenten,
      ),
      berichten: opt(
        o.berichten === undefined
          ? undefined
          : (v.array(o.berichten, `${path}.berichten`, (b, p) => v.oneOf(b, p, [...BERICHTCODES], 'berichtcode'), 1) as string[] | undefined),
        o.berichten,
      ),
      geldigheid: opt(o.geldigheid === undefined ? undefined : v.geldigheid(o.geldigheid, `${path}.geldigheid`), o.geldigheid),
      toelichting: opt(o.toelichting === undefined ? undefined : v.string(o.toelichting, `${path}.toelichting`), o.toelichting),
    };
    let specific: Obj = {};
    switch (s) {
      case 'leeftijd': {
        const vanaf = opt(v.integer(o.vanaf, `${path}.vanaf`, 0, 120), o.vanaf);
        const tot = opt(v.integer(o.tot, `${path}.tot`, 1, 120), o.tot);
        if (o.vanaf === undefined && o.tot === undefined) {
          v.fail(path, 'a leeftijd rule needs vanaf, tot or both');
          ok = false;
        }
        if (vanaf !== undefined && tot !== undefined && vanaf >= tot) {
          v.fail(`${path}.tot`, `${tot} must be greater than vanaf ${vanaf}`);
          ok = false;
        }
        const peilmoment = isOnbekend(o.peilmoment)
          ? v.onbekend(o.peilmoment, `${path}.peilmoment`, (k, p) => v.oneOf(k, p, PEILMOMENTEN, 'peilmoment'))
          : v.oneOf(o.peilmoment, `${path}.peilmoment`, PEILMOMENTEN, 'peilmoment');
        const uitzonderingen = v.array(o.uitzonderingen, `${path}.uitzonderingen`, (u, p) => v.string(u, p));
        specific = { vanaf, tot, peilmoment: need(peilmoment), uitzonderingen: need(uitzonderingen) };
        break;
      }
      case 'maximum': {
        const grootheid = need(v.oneOf(o.grootheid, `${path}.grootheid`, GROOTHEDEN, 'grootheid'));
        const maximum = need(v.integer(o.maximum, `${path}.maximum`, 0, Number.MAX_SAFE_INTEGER));
        let eenheid: string | undefined;
        if (grootheid === 'volume') eenheid = v.code(o.eenheid, `${path}.eenheid`, EENHEID);
        else if (grootheid === 'duur') eenheid = v.oneOf(o.eenheid, `${path}.eenheid`, DUUR_EENHEDEN, 'duur-eenheid');
        else if (grootheid === 'bedrag') eenheid = v.oneOf(o.eenheid, `${path}.eenheid`, ['eurocent'], 'bedrag-eenheid');
        else eenheid = v.string(o.eenheid, `${path}.eenheid`);
        const per = need(v.oneOf(o.per, `${path}.per`, MAXIMUM_PER, 'per'));
        const richtlijn = need(v.boolean(o.richtlijn, `${path}.richtlijn`));
        let voorwaarde: MaximumVoorwaarde | undefined;
        if (o.voorwaarde !== undefined) {
          const w = v.object(o.voorwaarde, `${path}.voorwaarde`, [], ['toewijzingsduurTot', 'verwijzers']);
          if (!w) ok = false;
          else {
            voorwaarde = {};
            if (w.toewijzingsduurTot !== undefined) {
              voorwaarde.toewijzingsduurTot = need(v.duur(w.toewijzingsduurTot, `${path}.voorwaarde.toewijzingsduurTot`));
            }
            if (w.verwijzers !== undefined) {
              const list = v.array(w.verwijzers, `${path}.voorwaarde.verwijzers`, (c, p) => v.code(c, p, TYPE_VERWIJZER), 1);
              voorwaarde.verwijzers = need(list) as MaximumVoorwaarde['verwijzers'];
            }
          }
        }
        specific = { grootheid, maximum, eenheid: need(eenheid), per, richtlijn, ...(voorwaarde && { voorwaarde }) };
        break;
      }
      case 'combinatie': {
        const relatie = need(v.oneOf(o.relatie, `${path}.relatie`, RELATIES, 'relatie'));
        const binnen = need(v.oneOf(o.binnen, `${path}.binnen`, ['client', 'gezin'] as const, 'binnen'));
        const met = v.array(o.met, `${path}.met`, (d, p): CombinatieDoel | undefined => {
          if (isObj(d) && 'product' in d) {
            const t = v.object(d, p, ['product']);
            const product = t && v.string(t.product, `${p}.product`);
            return product === undefined ? undefined : { product };
          }
          const t = v.object(d, p, ['zorgvorm', 'productcodes']);
          if (!t) return undefined;
          const zorgvorm = v.string(t.zorgvorm, `${p}.zorgvorm`);
          const productcodes = isOnbekend(t.productcodes)
            ? v.onbekend<never>(t.productcodes, `${p}.productcodes`)
            : v.stringList(t.productcodes, `${p}.productcodes`, PRODUCTCODE, 'a productcode (1 to 5 characters, no spaces)');
          return zorgvorm === undefined || productcodes === undefined ? undefined : { zorgvorm, productcodes };
        }, 1);
        const voorwaarde = o.voorwaarde === undefined ? undefined : v.string(o.voorwaarde, `${path}.voorwaarde`);
        if (relatie === 'voorwaardelijk' && o.voorwaarde === undefined) {
          v.fail(`${path}.voorwaarde`, "is required when relatie is 'voorwaardelijk'");
          ok = false;
        }
        if (o.producten === undefined && o.contracten === undefined) {
          v.fail(path, 'a combinatie rule needs producten or contracten (the products it is about)');
          ok = false;
        }
        specific = { relatie, binnen, met: need(met?.every(Boolean) ? met : undefined), voorwaarde: opt(voorwaarde, o.voorwaarde) };
        break;
      }
      case 'verwijzer': {
        const verwijzerVan = need(v.oneOf(o.verwijzerVan, `${path}.verwijzerVan`, ['verzoek', 'oorspronkelijke-toewijzing'] as const, 'verwijzerVan'));
        const toegestaan = v.array(o.toegestaan, `${path}.toegestaan`, (c, p) => v.code(c, p, TYPE_VERWIJZER), 1);
        const uitzonderingen = v.array(o.uitzonderingen, `${path}.uitzonderingen`, (u, p) => v.string(u, p));
        specific = { verwijzerVan, toegestaan: need(toegestaan), uitzonderingen: need(uitzonderingen) };
        break;
      }
      case 'termijn': {
        const partij = need(v.oneOf(o.partij, `${path}.partij`, ['aanbieder', 'gemeente'] as const, 'partij'));
        const richting = need(v.oneOf(o.richting, `${path}.richting`, ['uiterlijk-na', 'minstens-voor'] as const, 'richting'));
        const termijn = need(v.duur(o.termijn, `${path}.termijn`));
        const moment = need(v.string(o.moment, `${path}.moment`));
        specific = { partij, richting, termijn, moment };
        break;
      }
      case 'bijzonder':
        break;
    }
    if (!ok) return undefined;
    const out: Obj = {};
    for (const [k, val] of Object.entries({ ...base, ...specific })) if (val !== undefined) out[k] = val;
    return out as unknown as Regel;
  };
}

// --- cross-reference checks -----------------------------------------------------------------

/**
 * Ids declared in the raw file, whether or not their item validated: references are checked
 * against these, so one broken product does not also make every reference to it an error.
 */
interface Declared {
  bronnen: ReadonlySet<string>;
  contracten: ReadonlySet<string>;
  gemeenten: ReadonlySet<string>;
  producten: ReadonlySet<string>;
}

function declared(raw: Obj, list: string, field: string): Set<string> {
  const items = raw[list];
  const ids = new Set<string>();
  if (Array.isArray(items)) for (const x of items) if (isObj(x) && typeof x[field] === 'string') ids.add(x[field]);
  return ids;
}

/** The parsed lists with a hole (undefined) where an item did not validate, so indices match the file. */
interface Parsed {
  gemeenten: (Gemeente | undefined)[];
  contracten: (Contract | undefined)[];
  producten: (Product | undefined)[];
  aanbieders: (Aanbieder | undefined)[];
  regels: (Regel | undefined)[];
}

function crossCheck(v: Validator, r: Parsed, d: Declared): void {
  v.checkBronRefs(d.bronnen);

  const contractIds = new Set<string>();
  r.contracten.forEach((c, i) => {
    if (!c) return;
    if (contractIds.has(c.id)) v.fail(`$.contracten[${i}].id`, `duplicate contract id ${show(c.id)}`);
    contractIds.add(c.id);
  });
  const knownContract = (id: string, path: string): void => {
    if (!d.contracten.has(id)) v.fail(path, `${show(id)} is not a contract id (known: ${[...d.contracten].join(', ')})`);
  };

  const cbsCodes = new Set<string>();
  r.gemeenten.forEach((g, i) => {
    if (!g) return;
    if (cbsCodes.has(g.cbs)) v.fail(`$.gemeenten[${i}].cbs`, `duplicate gemeente ${show(g.cbs)}`);
    cbsCodes.add(g.cbs);
    g.deelname.forEach((d, j) => {
      const path = `$.gemeenten[${i}].deelname[${j}]`;
      knownContract(d.contract, `${path}.contract`);
      g.deelname.slice(0, j).forEach((e, k) => {
        if (e.contract !== d.contract) return;
        const other = `$.gemeenten[${i}].deelname[${k}]`;
        if (!isPeriode(d.geldigheid) || !isPeriode(e.geldigheid)) {
          v.fail(`${path}.geldigheid`, `second entry for contract ${show(d.contract)} next to ${other}: an entry with unknown validity must be the only one for its contract`);
        } else if (overlaps(d.geldigheid, e.geldigheid)) {
          v.fail(`${path}.geldigheid`, `period ${periodeText(d.geldigheid)} overlaps ${other}.geldigheid (${periodeText(e.geldigheid)})`);
        }
      });
    });
  });
  const knownGemeente = (cbs: string, path: string): void => {
    if (!d.gemeenten.has(cbs)) v.fail(path, `${show(cbs)} is not a gemeente of this region`);
  };

  r.producten.forEach((p, i) => {
    if (!p) return;
    const path = `$.producten[${i}]`;
    if (typeof p.contract === 'string') knownContract(p.contract, `${path}.contract`);
    else p.contract.kandidaten?.forEach((c, j) => knownContract(c, `${path}.contract.kandidaten[${j}]`));

    r.producten.slice(0, i).forEach((q, k) => {
      if (!q || q.code !== p.code) return;
      const clash = !isPeriode(p.geldigheid) || !isPeriode(q.geldigheid) || overlaps(p.geldigheid, q.geldigheid);
      if (clash) v.fail(`${path}.code`, `duplicate product code ${show(p.code)} (also $.producten[${k}]) with overlapping or unknown validity`);
    });

    const eenheid = typeof p.eenheid === 'string' ? p.eenheid : undefined;
    const fits = p.uitvoeringsvariant === 'taakgericht' ? undefined : EENHEDEN_PER_VARIANT[p.uitvoeringsvariant];
    if (fits) {
      if (eenheid !== undefined && !fits.has(eenheid)) {
        v.fail(`${path}.eenheid`, `eenheid ${show(eenheid)} (${EENHEID.codes.get(eenheid)}) does not fit uitvoeringsvariant ${show(p.uitvoeringsvariant)}`);
      }
      p.toewijzingEenheden?.forEach((e, j) => {
        if (!fits.has(e)) v.fail(`${path}.toewijzingEenheden[${j}]`, `eenheid ${show(e)} (${EENHEID.codes.get(e)}) does not fit uitvoeringsvariant ${show(p.uitvoeringsvariant)}`);
      });
    }
    const units = [...(eenheid ? [eenheid] : []), ...(p.toewijzingEenheden ?? [])];
    const perDag = p.frequenties.indexOf('1');
    const blocked = units.find((e) => NIET_PER_DAG.has(e));
    if (perDag >= 0 && blocked) {
      v.fail(`${path}.frequenties[${perDag}]`, `frequentie '1' (per dag) is not allowed with eenheid ${show(blocked)} (CS338)`);
    }

    const tarieven = p.tarieven;
    if (Array.isArray(tarieven)) {
      if (eenheid === '83') v.fail(`${path}.tarieven`, `eenheid '83' (Euro's) has no ProductTarief (CD087); use {"geenTarief": reason}`);
      tarieven.forEach((t, j) => {
        const tp = `${path}.tarieven[${j}]`;
        if (t.eenheid !== undefined && eenheid !== undefined && t.eenheid !== eenheid && !(t.eenheid === '04' && eenheid === '01')) {
          v.fail(`${tp}.eenheid`, `a tariff per ${show(t.eenheid)} cannot price a product in eenheid ${show(eenheid)} (only per hour '04' for a product in minutes '01', IV081)`);
        }
        if (t.eenheid === undefined && eenheid === undefined) {
          v.fail(`${tp}.eenheid`, 'is required because the product eenheid is onbekend');
        }
        tarieven.slice(0, j).forEach((u, k) => {
          if (overlaps(t.geldigheid, u.geldigheid)) {
            v.fail(`${tp}.geldigheid`, `period ${periodeText(t.geldigheid)} overlaps ${path}.tarieven[${k}].geldigheid (${periodeText(u.geldigheid)})`);
          }
        });
      });
    }
  });
  const knownProduct = (code: string, path: string): void => {
    if (!d.producten.has(code)) v.fail(path, `${show(code)} is not a product of this region`);
  };

  {
    const agbs = new Map<string, number>();
    r.aanbieders.forEach((a, i) => {
      if (!a) return;
      const path = `$.aanbieders[${i}]`;
      const prev = agbs.get(a.agb);
      if (prev !== undefined) v.fail(`${path}.agb`, `duplicate AGB ${show(a.agb)} (also $.aanbieders[${prev}])`);
      agbs.set(a.agb, i);
      a.producten.forEach((ap, j) => {
        const pp = `${path}.producten[${j}]`;
        knownProduct(ap.product, `${pp}.product`);
        ap.gemeenten?.forEach((c, k) => knownGemeente(c, `${pp}.gemeenten[${k}]`));
        a.producten.slice(0, j).forEach((bp, k) => {
          if (bp.product !== ap.product || !isPeriode(ap.geldigheid) || !isPeriode(bp.geldigheid)) return;
          if (overlaps(ap.geldigheid, bp.geldigheid)) {
            v.fail(`${pp}.geldigheid`, `period ${periodeText(ap.geldigheid)} overlaps ${path}.producten[${k}].geldigheid (${periodeText(bp.geldigheid)})`);
          }
        });
      });
    });
  }

  const regelIds = new Map<string, number>();
  r.regels.forEach((g, i) => {
    if (!g) return;
    const path = `$.regels[${i}]`;
    const prev = regelIds.get(g.id);
    if (prev !== undefined) v.fail(`${path}.id`, `duplicate rule id ${show(g.id)} (also $.regels[${prev}])`);
    regelIds.set(g.id, i);
    g.producten?.forEach((c, j) => knownProduct(c, `${path}.producten[${j}]`));
    g.contracten?.forEach((c, j) => knownContract(c, `${path}.contracten[${j}]`));
    g.gemeenten?.forEach((c, j) => knownGemeente(c, `${path}.gemeenten[${j}]`));
    if (g.soort === 'combinatie') {
      g.met.forEach((d, j) => {
        if ('product' in d) knownProduct(d.product, `${path}.met[${j}].product`);
      });
    }
  });
}

// --- entry point ----------------------------------------------------------------------------

/** Validates a parsed region file; `file` is used in the messages and for the id/file-name check. */
export function validateRegio(raw: unknown, file: string): { regio?: Regio; errors: RegioFout[] } {
  const v = new Validator(file);
  const o = v.object(
    raw,
    '$',
    ['formaat', 'id', 'naam', 'versie', 'geldigheid', 'bronnen', 'gemeenten', 'contracten', 'producten', 'aanbieders', 'regels'],
    ['toelichting'],
  );
  if (!o) return { errors: v.errors };

  const formaat = v.integer(o.formaat, '$.formaat', 1, Number.MAX_SAFE_INTEGER);
  if (formaat !== undefined && formaat !== REGIO_FORMAAT) {
    v.fail('$.formaat', `unsupported format version ${formaat} (this engine reads ${REGIO_FORMAAT})`);
  }
  const id = v.string(o.id, '$.id', ID, 'a lower-case id (a-z, 0-9, -)');
  if (id !== undefined && extname(file) === '.json' && basename(file, '.json') !== id) {
    v.fail('$.id', `${show(id)} does not match the file name ${show(basename(file))}`);
  }
  const naam = v.string(o.naam, '$.naam');
  const versie = v.string(o.versie, '$.versie');
  const geldigheid = v.geldigheid(o.geldigheid, '$.geldigheid');
  const toelichting = o.toelichting === undefined ? undefined : v.string(o.toelichting, '$.toelichting');

  const bronnen = v.array(o.bronnen, '$.bronnen', bronDocument(v), 1);
  const bronIds = new Set<string>();
  bronnen?.forEach((b, i) => {
    if (!b) return;
    if (bronIds.has(b.id)) v.fail(`$.bronnen[${i}].id`, `duplicate bron id ${show(b.id)}`);
    bronIds.add(b.id);
  });

  const gemeenten = v.array(o.gemeenten, '$.gemeenten', gemeente(v), 1);
  const contracten = v.array(o.contracten, '$.contracten', contract(v), 1);
  const producten = v.array(o.producten, '$.producten', product(v), 1);
  let aanbieders: Regio['aanbieders'] | undefined;
  let aanbiedersParsed: (Aanbieder | undefined)[] = [];
  if (isOnbekend(o.aanbieders)) aanbieders = v.onbekend(o.aanbieders, '$.aanbieders');
  else if (o.aanbieders !== undefined && !Array.isArray(o.aanbieders)) {
    v.fail('$.aanbieders', `must be a list of aanbieders or {"onbekend": reason}, got ${typeName(o.aanbieders)}`);
  } else if (o.aanbieders !== undefined) {
    aanbiedersParsed = v.array(o.aanbieders, '$.aanbieders', aanbieder(v)) ?? [];
    aanbieders = all(aanbiedersParsed);
  }
  const regels = v.array(o.regels, '$.regels', regel(v));

  const keep = <T>(list: (T | undefined)[] | undefined): T[] => (list ?? []).filter((x): x is T => x !== undefined);
  const regio: Regio = {
    formaat: formaat ?? REGIO_FORMAAT,
    id: id ?? '',
    naam: naam ?? '',
    versie: versie ?? '',
    geldigheid: geldigheid ?? { onbekend: '' },
    bronnen: keep(bronnen),
    ...(toelichting !== undefined && { toelichting }),
    gemeenten: keep(gemeenten),
    contracten: keep(contracten),
    producten: keep(producten),
    aanbieders: aanbieders ?? [],
    regels: keep(regels),
  };
  // Cross-references run on whatever parsed, so one bad product does not hide a bad reference elsewhere.
  // The Regio is only returned when there is no error at all.
  const parsed: Parsed = {
    gemeenten: gemeenten ?? [],
    contracten: contracten ?? [],
    producten: producten ?? [],
    aanbieders: aanbiedersParsed,
    regels: regels ?? [],
  };
  crossCheck(v, parsed, {
    bronnen: declared(o, 'bronnen', 'id'),
    contracten: declared(o, 'contracten', 'id'),
    gemeenten: declared(o, 'gemeenten', 'cbs'),
    producten: declared(o, 'producten', 'code'),
  });
  return v.errors.length === 0 ? { regio, errors: [] } : { errors: v.errors };
}
