/**
 * Deterministic mutations of the official iJw 3.2 example messages, for the differential XSD
 * test: every mutation is run through libxml2 with the official XSDs, libxml2 with our XSDs and
 * our own parser, and all three verdicts must agree.
 *
 * The message model tells the generator which elements are required, optional or repeating and
 * which simple type a value has; it does NOT decide the outcome: the official XSDs do. Each
 * mutation still carries the verdict it was designed for (`expectValid`), so a mutation that
 * does not do what its label says is caught as well.
 *
 * Bases: the 12 valid examples plus JW315 and JW318 with their one error fixed; the unmodified
 * examples (JW315 and JW318 invalid as shipped) are included as kind 'original'.
 *
 * Coverage: the structural kinds (drop, add-optional, duplicate, swap) use every place of the
 * model an example reaches, once per message, so every minOccurs, maxOccurs and sequence order is
 * compared with the official schemas; the value, namespace and harmless kinds draw a few cases
 * per message, round-robin over their cases so that every case is used somewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MESSAGE_CODES, MODELS, NS_BASIS, derivationChain, messageNamespace,
  type ComplexType, type MessageCode, type Particle, type SimpleType,
} from '../../src/message/model/index.js';
import {
  at, cloneDoc, elementChildren, parseXml, serializeXml, setText, textOf, walkElements,
  type SerializeOptions, type XDocument, type XElement, type XNode,
} from './xmltree.js';

export const MUTATION_KINDS = [
  'original',
  'drop-required', 'drop-optional',
  'add-optional',
  'add-unknown',
  'duplicate-nonrepeating', 'duplicate-repeating',
  'swap-siblings',
  'pattern', 'number', 'code-list', 'date', 'string-length', 'empty-string',
  'namespace', 'header',
  'wellformedness',
  'harmless',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  /** Unique and stable, e.g. 'JW323/pattern/2'. */
  id: string;
  kind: MutationKind;
  code: MessageCode;
  /** What was changed, naming the element (path of local names from Bericht). */
  description: string;
  /** The case within the kind, e.g. 'timezone Z' or 'default-namespace'. */
  variant: string;
  /** The verdict an XSD 1.0 validator should give: what the mutation was designed for. */
  expectValid: boolean;
  xml: string;
}

export const DEFAULT_SEED = 20260401;

// ---------------------------------------------------------------- randomness

/** mulberry32: small, fast and good enough to spread mutations; fully determined by the seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => {
  if (xs.length === 0) throw new Error('pick from empty list');
  return xs[Math.floor(rng() * xs.length)]!;
};
function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// ---------------------------------------------------------------- bases

export interface Base {
  code: MessageCode;
  doc: XDocument;
  /** What was fixed to make the shipped example valid, if anything. */
  fix?: string;
}

export const readExample = (dir: string, code: MessageCode): string => readFileSync(join(dir, `${code}.xml`), 'utf8');

/** The 14 examples as valid documents: JW315 and JW318 get their one error fixed. */
export function loadBases(examplesDir: string): Base[] {
  return MESSAGE_CODES.map((code) => {
    const doc = parseXml(readExample(examplesDir, code));
    if (code === 'JW315') {
      let n = 0;
      walkElements(doc.root, (el) => {
        if (el.local === 'ToewijzingEinddatum' && textOf(el) === '2027-06-31') {
          setText(el, '2027-06-30');
          n++;
        }
      });
      if (n === 0) throw new Error('JW315: expected ToewijzingEinddatum 2027-06-31 to fix');
      return { code, doc, fix: `ToewijzingEinddatum 2027-06-31 (June has 30 days) corrected to 2027-06-30 (${n}x)` };
    }
    if (code === 'JW318') {
      // The shipped example has a RetourCode directly in Verzoek, where the schema allows none.
      let removed = 0;
      walkElements(doc.root, (el) => {
        if (el.local !== 'Verzoek') return;
        const before = el.children.length;
        el.children = el.children.filter((c) => !(c.type === 'element' && c.local === 'RetourCode'));
        removed += before - el.children.length;
      });
      if (removed !== 1) throw new Error(`JW318: expected one RetourCode directly in Verzoek, found ${removed}`);
      return { code, doc, fix: 'stray RetourCode directly in Client/Verzoek removed' };
    }
    return { code, doc };
  });
}

// ---------------------------------------------------------------- model annotation

interface Info {
  path: number[];
  el: XElement;
  /** Local names from Bericht, with [n] for repeated elements, e.g. Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]. */
  xpath: string;
  /** Undefined for the root. */
  particle?: Particle;
  type: SimpleType | ComplexType;
  parent?: Info;
  /** Siblings (this one included) matched by the same particle. */
  occurrences: number;
}

const childNs = (t: ComplexType): string => (t.owner === 'basisschema' ? NS_BASIS : messageNamespace(t.owner));

function annotate(base: Base): Info[] {
  const model = MODELS[base.code];
  const infos: Info[] = [];
  const rootNs = messageNamespace(base.code);
  if (base.doc.root.local !== 'Bericht' || base.doc.root.uri !== rootNs) {
    throw new Error(`${base.code}: root is not {${rootNs}}Bericht`);
  }
  const visit = (info: Info): void => {
    infos.push(info);
    if (info.type.kind !== 'complex') return;
    const t = info.type;
    const kids = info.el.children
      .map((c, i) => ({ c, i }))
      .filter((x): x is { c: XElement; i: number } => x.c.type === 'element');
    const counts = new Map<string, number>();
    for (const { c } of kids) counts.set(c.local, (counts.get(c.local) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const { c, i } of kids) {
      const particle = t.sequence.find((p) => p.name === c.local);
      // The bases are valid documents: anything the model cannot place is a generator or model bug.
      if (!particle || c.uri !== childNs(t)) {
        throw new Error(`${base.code}: model has no {${c.uri}}${c.local} in ${t.name} (${info.xpath})`);
      }
      const n = counts.get(c.local)!;
      const k = (seen.get(c.local) ?? 0) + 1;
      seen.set(c.local, k);
      visit({
        path: [...info.path, i],
        el: c,
        xpath: `${info.xpath}/${c.local}${n > 1 ? `[${k}]` : ''}`,
        particle,
        type: particle.type,
        parent: info,
        occurrences: n,
      });
    }
  };
  visit({ path: [], el: base.doc.root, xpath: 'Bericht', type: model.root, occurrences: 1 });
  return infos;
}

// ---------------------------------------------------------------- simple-type facts

interface SimpleFacts {
  base: SimpleType['base'];
  /** Name of the nearest named type (LDT_...), or the element name for anonymous ones. */
  key: string;
  minLength: number;
  maxLength?: number;
  /** One entry per derivation step that has patterns; a value must match one of each. */
  patterns: RegExp[][];
  enumeration?: string[];
  minInclusive?: bigint;
  maxInclusive?: bigint;
}

/** XSD regexes are implicitly anchored; the iJw patterns use only syntax JS reads the same way. */
const xsdRegex = (p: string): RegExp => new RegExp(`^(?:${p})$`, 'u');

function factsOf(t: SimpleType, elementName: string): SimpleFacts {
  const f: SimpleFacts = { base: t.base, key: t.name ?? elementName, minLength: 0, patterns: [] };
  for (const s of derivationChain(t)) {
    const x = s.facets;
    if (x.minLength !== undefined) f.minLength = Math.max(f.minLength, x.minLength);
    if (x.maxLength !== undefined) f.maxLength = Math.min(f.maxLength ?? Infinity, x.maxLength);
    if (x.patterns?.length) f.patterns.push(x.patterns.map(xsdRegex));
    if (x.enumeration) f.enumeration = x.enumeration.map((c) => c.value);
    if (x.minInclusive !== undefined) f.minInclusive = f.minInclusive === undefined || x.minInclusive > f.minInclusive ? x.minInclusive : f.minInclusive;
    if (x.maxInclusive !== undefined) f.maxInclusive = f.maxInclusive === undefined || x.maxInclusive < f.maxInclusive ? x.maxInclusive : f.maxInclusive;
  }
  if (!t.name) {
    const named = derivationChain(t).filter((s) => s.name);
    if (named.length) f.key = `${elementName}(${named[named.length - 1]!.name})`;
  }
  return f;
}

const codePoints = (s: string): number => [...s].length;

/** Whether a string-typed value satisfies the facets (strings are not whitespace-normalized). */
function stringOk(f: SimpleFacts, v: string): boolean {
  const n = codePoints(v);
  if (n < f.minLength || (f.maxLength !== undefined && n > f.maxLength)) return false;
  if (f.enumeration && !f.enumeration.includes(v)) return false;
  return f.patterns.every((step) => step.some((r) => r.test(v)));
}

// ---------------------------------------------------------------- candidates

interface Candidate {
  /** Candidates of one kind are drawn round-robin over variants, so every variant gets used. */
  variant: string;
  description: string;
  expectValid: boolean;
  apply(doc: XDocument): SerializeOptions | void;
  /** Edits the serialized text, for damage the tree cannot hold (not well-formed XML). */
  post?(xml: string): string;
}

interface Ctx {
  code: MessageCode;
  infos: Info[];
  msgNs: string;
  pfxMsg: string;
  pfxBasis: string;
  rng: Rng;
  /** Shared by all bases: see nextCase. */
  rotation: Map<string, number>;
}

const HEADER_FIXED = new Set(['BerichtCode', 'BerichtVersie', 'BerichtSubversie']);
const isHeaderFixed = (i: Info): boolean => i.parent?.xpath === 'Bericht/Header' && HEADER_FIXED.has(i.el.local);

const simpleInfos = (ctx: Ctx): Array<Info & { type: SimpleType }> =>
  ctx.infos.filter((i): i is Info & { type: SimpleType } => i.type.kind === 'simple' && !isHeaderFixed(i));
const complexInfos = (ctx: Ctx): Array<Info & { type: ComplexType }> =>
  ctx.infos.filter((i): i is Info & { type: ComplexType } => i.type.kind === 'complex');

function removeAt(doc: XDocument, path: number[]): void {
  const parent = at(doc, path.slice(0, -1));
  parent.children.splice(path[path.length - 1]!, 1);
}
function insertAt(doc: XDocument, path: number[], node: XNode): void {
  const parent = at(doc, path.slice(0, -1));
  parent.children.splice(path[path.length - 1]!, 0, node);
}
/** Children index of the j-th element child (or the end), for inserting between elements. */
function elementSlot(el: XElement, j: number): number {
  let seen = 0;
  for (let i = 0; i < el.children.length; i++) {
    if (el.children[i]!.type === 'element') {
      if (seen === j) return i;
      seen++;
    }
  }
  return el.children.length;
}
const newElement = (prefix: string, local: string, text?: string): XElement => ({
  type: 'element', prefix, local, uri: '', attrs: [], children: text === undefined ? [] : [{ type: 'text', text }],
});
/** Prefix bound, in the bases, to the namespace the children of `t` live in. */
const prefixFor = (ctx: Ctx, t: ComplexType): string => (t.owner === 'basisschema' ? ctx.pfxBasis : ctx.pfxMsg);

function setValue(i: Info, value: string, doc: XDocument): void {
  setText(at(doc, i.path), value);
}

/** A value for a description: long runs of one character are shown as a count. */
function show(v: string): string {
  const cps = [...v];
  if (cps.length > 16 && cps.every((c) => c === cps[0])) return `${JSON.stringify(cps[0])} x ${cps.length}`;
  return JSON.stringify(v);
}

const valueCandidate = (i: Info, variant: string, value: string, expectValid: boolean, note: string): Candidate => ({
  variant,
  description: `${i.xpath} = ${show(value)} (${note})`,
  expectValid,
  apply: (doc) => setValue(i, value, doc),
});

// ---- structure

/** Where an element sits in the model: parent type and element name (the same for Relatie[1] and [2]). */
const place = (i: Info): string => `${i.parent?.type.name ?? ''}/${i.el.local}`;

/** One candidate per variant, a random one: structural kinds use every place of the model once per message. */
function onePerVariant(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const byVariant = new Map<string, Candidate[]>();
  for (const c of cands) byVariant.set(c.variant, [...(byVariant.get(c.variant) ?? []), c]);
  return [...byVariant.values()].map((cs) => pick(ctx.rng, cs));
}

function dropRequired(ctx: Ctx): Candidate[] {
  return onePerVariant(ctx, ctx.infos
    .filter((i) => i.particle && i.particle.minOccurs === 1 && i.occurrences === 1)
    .map((i) => ({
      variant: place(i),
      description: `drop required ${i.xpath}`,
      expectValid: false,
      apply: (doc) => removeAt(doc, i.path),
    })));
}

function dropOptional(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const i of ctx.infos) {
    if (!i.particle) continue;
    if (i.particle.minOccurs === 0 && i.occurrences === 1) {
      out.push({ variant: place(i), description: `drop optional ${i.xpath}`, expectValid: true, apply: (doc) => removeAt(doc, i.path) });
    } else if (i.occurrences > 1) {
      out.push({
        variant: place(i),
        description: `drop ${i.xpath}, one of ${i.occurrences} repetitions`,
        expectValid: true,
        apply: (doc) => removeAt(doc, i.path),
      });
    }
  }
  return onePerVariant(ctx, out);
}

/** Valid sample values for types a plain 'x' does not fit. */
const SAMPLE: Record<string, string> = {
  LDT_BurgerServicenummer: '999900006',
  LDT_AgbCode: '12345678',
  LDT_Gemeente: '0363',
  LDT_Versie: '1.0.0',
  LDT_Telefoonnummer: '0612345678',
  LDT_Emailadres: 'info@example.nl',
  LDT_Postcode: '1234AB',
};

function sampleValue(t: SimpleType, elementName: string): string {
  const f = factsOf(t, elementName);
  if (f.enumeration) return f.enumeration[0]!;
  if (f.base === 'integer') return String(f.minInclusive !== undefined && f.minInclusive > 1n ? f.minInclusive : 1n);
  if (f.base === 'date') return '2026-04-01';
  if (f.base === 'time') return '12:00:00';
  const v = [SAMPLE[f.key], 'x', 'X1', '1'].find((c): c is string => c !== undefined && stringOk(f, c));
  if (v === undefined) throw new Error(`no sample value for ${f.key}`);
  return v;
}

/** A valid instance of particle `p`: required children only, or (full) every optional child too. */
function instance(ctx: Ctx, p: Particle, prefix: string, full: boolean): XElement {
  if (p.type.kind === 'simple') return newElement(prefix, p.name, sampleValue(p.type, p.name));
  const el = newElement(prefix, p.name);
  const childPrefix = prefixFor(ctx, p.type);
  for (const q of p.type.sequence) if (q.minOccurs === 1 || full) el.children.push(instance(ctx, q, childPrefix, full));
  return el;
}

const hasOptionalInside = (t: ComplexType): boolean =>
  t.sequence.some((q) => q.minOccurs === 0 || (q.type.kind === 'complex' && hasOptionalInside(q.type)));

/**
 * Optional elements the example leaves out, added at their place with valid content: this reaches
 * the parts of the model (names, order, types) no example shows.
 */
function addOptional(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const c of complexInfos(ctx)) {
    const present = new Set(elementChildren(c.el).map((e) => e.local));
    c.type.sequence.forEach((p, k) => {
      if (p.minOccurs !== 0 || present.has(p.name)) return;
      const later = new Set(c.type.sequence.slice(k + 1).map((q) => q.name));
      const forms = p.type.kind === 'complex' && hasOptionalInside(p.type) ? [false, true] : [false];
      for (const full of forms) {
        out.push({
          variant: `${c.type.name}/${p.name}${full ? ' full' : ''}`,
          description: `add optional ${c.xpath}/${p.name}${p.type.kind === 'complex' ? (full ? ' with all optional content' : ' with required content only') : ''}`,
          expectValid: true,
          apply: (doc) => {
            const el = at(doc, c.path);
            // Before the first element child that comes later in the sequence.
            const j = elementChildren(el).findIndex((e) => later.has(e.local));
            const node = instance(ctx, p, prefixFor(ctx, c.type), full);
            el.children.splice(elementSlot(el, j < 0 ? Infinity : j), 0, node);
          },
        });
      }
    });
  }
  return onePerVariant(ctx, out);
}

const UNKNOWN_NAMES = ['Onbekend', 'Extra', 'Opmerking', 'Toelichting', 'Bijlage'];

function addUnknown(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const complexes = complexInfos(ctx);
  const simples = simpleInfos(ctx);
  for (const c of complexes) {
    const n = elementChildren(c.el).length;
    const j = Math.floor(ctx.rng() * (n + 1));
    const name = pick(ctx.rng, UNKNOWN_NAMES);
    const where = j < n ? `before child ${j + 1} (${elementChildren(c.el)[j]!.local})` : 'at the end';
    const insert = (prefix: string) => (doc: XDocument): void => {
      const el = at(doc, c.path);
      el.children.splice(elementSlot(el, j), 0, newElement(prefix, name, '1'));
    };
    out.push({ variant: 'element-message-ns', description: `add unknown ${ctx.pfxMsg}:${name} in ${c.xpath} ${where}`, expectValid: false, apply: insert(ctx.pfxMsg) });
    out.push({ variant: 'element-basis-ns', description: `add unknown ${ctx.pfxBasis}:${name} in ${c.xpath} ${where}`, expectValid: false, apply: insert(ctx.pfxBasis) });
    out.push({ variant: 'element-no-ns', description: `add unknown ${name} (no namespace) in ${c.xpath} ${where}`, expectValid: false, apply: insert('') });
    out.push({
      variant: 'text-in-element-only',
      description: `add text 'tekst' in element-only ${c.xpath} ${where}`,
      expectValid: false,
      apply: (doc) => {
        const el = at(doc, c.path);
        el.children.splice(elementSlot(el, j), 0, { type: 'text', text: 'tekst' });
      },
    });
    // A real element name of the message, in the right namespace, where the sequence has no place for it.
    const allowed = new Set(c.type.sequence.map((p) => p.name));
    const foreign = simples.filter((s) => !allowed.has(s.el.local));
    if (foreign.length) {
      const s = pick(ctx.rng, foreign);
      out.push({
        variant: 'known-name-misplaced',
        description: `add ${s.el.local} (known elsewhere, ${s.xpath}) in ${c.xpath} ${where}`,
        expectValid: false,
        apply: (doc) => {
          const el = at(doc, c.path);
          el.children.splice(elementSlot(el, j), 0, newElement(prefixFor(ctx, c.type), s.el.local, textOf(s.el)));
        },
      });
    }
  }
  for (const i of ctx.infos) {
    out.push({
      variant: 'attribute',
      description: `add attribute status="1" to ${i.xpath}`,
      expectValid: false,
      apply: (doc) => void at(doc, i.path).attrs.push({ name: 'status', value: '1' }),
    });
    out.push({
      variant: 'attribute-basis-ns',
      description: `add attribute ${ctx.pfxBasis}:status="1" to ${i.xpath}`,
      expectValid: false,
      apply: (doc) => void at(doc, i.path).attrs.push({ name: `${ctx.pfxBasis}:status`, value: '1' }),
    });
    out.push({
      variant: 'attribute-xml-lang',
      description: `add undeclared attribute xml:lang="nl" to ${i.xpath}`,
      expectValid: false,
      apply: (doc) => void at(doc, i.path).attrs.push({ name: 'xml:lang', value: 'nl' }),
    });
  }
  for (const s of simples) {
    out.push({
      variant: 'element-in-simple-content',
      description: `add element ${ctx.pfxMsg}:Extra inside simple-typed ${s.xpath}`,
      expectValid: false,
      apply: (doc) => void at(doc, s.path).children.push(newElement(ctx.pfxMsg, 'Extra', '1')),
    });
  }
  return out;
}

function duplicate(ctx: Ctx, repeating: boolean): Candidate[] {
  return onePerVariant(ctx, ctx.infos
    .filter((i) => i.particle && (i.particle.maxOccurs === 'unbounded') === repeating)
    .map((i) => ({
      variant: place(i),
      description: `duplicate ${repeating ? 'repeating' : 'non-repeating'} ${i.xpath} (maxOccurs ${i.particle!.maxOccurs})`,
      expectValid: repeating,
      apply: (doc) => {
        const el = at(doc, i.path);
        insertAt(doc, [...i.path.slice(0, -1), i.path[i.path.length - 1]! + 1], structuredClone(el));
      },
    })));
}

function swapSiblings(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const c of complexInfos(ctx)) {
    const kids = ctx.infos.filter((i) => i.parent === c);
    for (let k = 0; k + 1 < kids.length; k++) {
      const a = kids[k]!;
      const b = kids[k + 1]!;
      const same = a.el.local === b.el.local;
      out.push({
        variant: `${place(a)}<>${b.el.local}`,
        description: `swap ${a.xpath} with next sibling ${b.el.local}${same ? ' (same element, order free)' : ''}`,
        expectValid: same,
        apply: (doc) => {
          const parent = at(doc, c.path);
          const ia = a.path[a.path.length - 1]!;
          const ib = b.path[b.path.length - 1]!;
          [parent.children[ia], parent.children[ib]] = [parent.children[ib]!, parent.children[ia]!];
        },
      });
    }
  }
  return onePerVariant(ctx, out);
}

// ---- values

/** Hand-picked pattern breakers (and a few valid look-alikes) per type; expectations are by the rules. */
const PATTERN_CASES: Record<string, Array<[value: string, valid: boolean, note: string]>> = {
  LDT_BurgerServicenummer: [
    ['99990000', false, '8 digits'],
    ['99990000A', false, 'letter'],
    ['9999000061', false, '10 digits'],
    [' 999900006', false, 'leading space: strings are not collapsed'],
    ['999 00006', false, 'space inside'],
    ['999999990', true, 'another test BSN'],
  ],
  LDT_AgbCode: [
    ['6565605', false, '7 digits'],
    ['6565605A', false, 'letter'],
    ['656560550', false, '9 digits'],
    ['12345678', true, 'another 8-digit code'],
  ],
  LDT_Gemeente: [
    ['A384', false, 'letter'],
    ['384', false, '3 digits'],
    ['03840', false, '5 digits'],
    ['0363', true, 'another gemeente'],
  ],
  LDT_Postcode: [
    ['      ', false, 'only spaces'],
    ['1234 AB', true, 'Dutch postcode with space'],
    ['B-1000', true, 'foreign postcode'],
  ],
  LDT_Voorletters: [
    ['W.', false, 'with a dot'],
    ['J.P.', false, 'dots'],
    ['J P', false, 'space'],
    ['J1', false, 'digit'],
    ['JPÖ', true, 'letters incl. Ö'],
  ],
  LDT_Versie: [
    ['1.0', false, 'two parts'],
    ['1.0.0.0', false, 'four parts'],
    ['01.0.0', false, 'leading zero'],
    ['v1.0.0', false, 'prefix v'],
    ['10.20.30', true, 'multi-digit parts'],
  ],
  LDT_Commentaar: [
    ['   ', false, 'only spaces'],
    ['\t \t', false, 'only tabs and spaces'],
    ['. .', true, 'dots count as non-space'],
    ['  tekst  ', true, 'padded text'],
    ['regel 1\nregel 2', true, 'newline allowed in Commentaar'],
  ],
  'DeclaratieNummer(LDT_IdentificatieDeclaratie)': [
    ['DN 001', false, 'space'],
    ['DN-001', false, 'hyphen'],
    ['DN001é', false, 'non-ASCII letter'],
    ['DN0012345678', true, '12 alphanumerics'],
  ],
  LDT_Telefoonnummer: [
    ['06-12345678', false, 'hyphen'],
    ['+31612345678', false, 'plus sign'],
    ['0612345678', true, 'digits only'],
  ],
  LDT_Emailadres: [
    ['   ', false, 'only spaces'],
    ['a@b.nl', true, 'plain address'],
  ],
  LDT_ReferentieNummer: [
    ['   ', true, 'only spaces: the type has no pattern'],
    ['RN 001-x', true, 'anything goes'],
  ],
  LDT_IdentificatieDeclaratie: [['   ', true, 'only spaces: no pattern']],
};
const NON_BLANK = '.*[^\\s].*';

/** Next case index for a type: the cases of a type are used in turn across the messages. */
function nextCase(ctx: Ctx, key: string, n: number): number {
  const k = ctx.rotation.get(key) ?? 0;
  ctx.rotation.set(key, k + 1);
  return k % n;
}

/** One hand-picked case per catalogued type present, on a random element of that type. */
function patternCatalogue(ctx: Ctx): Candidate[] {
  const byKey = new Map<string, Info[]>();
  for (const i of simpleInfos(ctx)) {
    const key = factsOf(i.type, i.el.local).key;
    if (PATTERN_CASES[key]) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  return [...byKey].map(([key, infos]) => {
    const cases = PATTERN_CASES[key]!;
    const [v, valid, note] = cases[nextCase(ctx, key, cases.length)]!;
    return valueCandidate(pick(ctx.rng, infos), key, v, valid, note);
  });
}

/** The "not blank" pattern most free-text types carry. */
function patternGeneric(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const i of simpleInfos(ctx)) {
    const f = factsOf(i.type, i.el.local);
    if (f.base !== 'string' || f.enumeration || PATTERN_CASES[f.key]) continue;
    if (!derivationChain(i.type).some((s) => s.facets.patterns?.includes(NON_BLANK))) continue;
    out.push(valueCandidate(i, 'blank', ' '.repeat(Math.min(3, f.maxLength ?? 3)), false, 'only spaces'));
    if ((f.maxLength ?? 3) >= 3) {
      out.push(valueCandidate(i, 'inner-newline', 'a\nb', false, "newline: '.' does not match it"));
      out.push(valueCandidate(i, 'padded', ' x ', true, 'spaces around a character'));
    }
  }
  return out;
}

function numberCases(f: SimpleFacts): Array<[value: string, valid: boolean, note: string]> {
  const min = f.minInclusive ?? 0n;
  const max = f.maxInclusive!;
  const inRange = (n: bigint): boolean => n >= min && n <= max;
  return [
    ['-1', inRange(-1n), 'negative'],
    [String(max + 1n), false, 'max+1'],
    [String(max), true, 'max'],
    [String(min), true, 'min'],
    ['9'.repeat(40), false, '40 digits'],
    ['1.5', false, 'not an integer'],
    ['1.0', false, 'decimal notation'],
    ['1e3', false, 'exponent'],
    ['0x1F', false, 'hex'],
    ['12 34', false, 'space inside'],
    ['', false, 'empty'],
    ['\u0661\u0662', false, 'Arabic-Indic digits'],
    [' 12 ', inRange(12n), 'whitespace collapses'],
    ['\n\t12\n', inRange(12n), 'newline and tab collapse'],
    ['+12', inRange(12n), 'explicit plus'],
    ['0012', inRange(12n), 'leading zeros'],
    ['-0', inRange(0n), 'minus zero'],
    [`${'0'.repeat(30)}7`, inRange(7n), '31 digits, value 7'],
  ];
}

function number(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const i of simpleInfos(ctx)) {
    const f = factsOf(i.type, i.el.local);
    if (f.base !== 'integer' || f.maxInclusive === undefined) continue;
    for (const [v, valid, note] of numberCases(f)) out.push(valueCandidate(i, note, v, valid, `${f.key}, ${note}`));
  }
  return out;
}

/** Codes no list uses, per type where a specific one is wanted; others get a generated one. */
const UNKNOWN_CODE: Record<string, string> = { LDT_Eenheid: '99', LDT_DebetCredit: 'X', LDT_RetourCode: '9999', LDT_LandCode: 'XX' };

function codeList(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const i of simpleInfos(ctx)) {
    const f = factsOf(i.type, i.el.local);
    if (!f.enumeration) continue;
    const cur = textOf(i.el);
    const ok = (v: string): boolean => stringOk(f, v);
    const cases: Array<[string, string, string]> = [
      ['other-valid', pick(ctx.rng, f.enumeration.filter((v) => v !== cur)), 'another code of the list'],
      ['trailing-space', `${cur} `, 'trailing space: enumerations are not collapsed'],
      ['leading-space', ` ${cur}`, 'leading space'],
      ['too-long', `${cur}0`, 'one character more'],
    ];
    if (/[A-Z]/.test(cur)) cases.push(['lowercase', cur.toLowerCase(), 'lower case']);
    if (cur.length > 1 && cur.startsWith('0')) cases.push(['no-leading-zero', cur.slice(1), 'leading zero dropped']);
    for (const [variant, v, note] of cases) out.push(valueCandidate(i, variant, v, ok(v), `${f.key} '${cur}' → ${note}`));
  }
  return out;
}

/** An unknown code, one candidate per code list present (drawn round-robin over the lists). */
function unknownCode(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const i of simpleInfos(ctx)) {
    const f = factsOf(i.type, i.el.local);
    if (!f.enumeration) continue;
    const cur = textOf(i.el);
    const v = UNKNOWN_CODE[f.key]
      ?? ['9', '99', '999', '9999', 'X', 'XX', 'Z9'].find((x) => codePoints(x) === codePoints(cur) && !f.enumeration!.includes(x))
      ?? '99';
    out.push(valueCandidate(i, f.key, v, stringOk(f, v), `${f.key}: not in the code list`));
  }
  return out;
}

const DATE_CASES: Array<[value: string, valid: boolean, note: string]> = [
  ['2027-06-31', false, 'June has 30 days'],
  ['2026-02-29', false, '2026 is no leap year'],
  ['2026-13-01', false, 'month 13'],
  ['2026-00-10', false, 'month 0'],
  ['2026-04-00', false, 'day 0'],
  ['2026-04-01Z', false, 'timezone Z'],
  ['2026-04-01+01:00', false, 'timezone +01:00'],
  ['2026-04-01-05:00', false, 'timezone -05:00'],
  ['2028-02-29', true, 'leap day'],
  ['2000-02-29', true, 'leap day in a 400-year'],
  ['2100-02-29', false, '2100 is no leap year'],
  ['2026-4-1', false, 'no leading zeros'],
  ['26-04-01', false, 'two-digit year'],
  ['2026-04-01T00:00:00', false, 'dateTime'],
  ['12026-04-01', true, 'five-digit year'],
  ['02026-04-01', false, 'five-digit year with a leading zero'],
  ['-0001-01-01', true, 'negative year'],
  ['0000-01-01', false, 'year 0000 does not exist in XSD 1.0'],
  ['\u00a02026-04-01', false, 'no-break space is not XML whitespace'],
  ['2026/04/01', false, 'slashes'],
  ['01-04-2026', false, 'Dutch order'],
  [' 2026-04-01 ', true, 'whitespace collapses'],
  ['', false, 'empty'],
];
const TIME_CASES: Array<[value: string, valid: boolean, note: string]> = [
  ['12:00', false, 'no seconds'],
  ['25:00:00', false, 'hour 25'],
  ['12:60:00', false, 'minute 60'],
  ['9:30:00', false, 'one-digit hour'],
  ['12:00:00Z', false, 'timezone Z'],
  ['12:00:00+01:00', false, 'timezone +01:00'],
  ['12:00:00.5', true, 'fraction of a second'],
  ['23:59:59', true, 'last second'],
  ['24:00:00', true, 'end of day, allowed by XSD 1.0'],
  ['24:00:01', false, 'past the end of day'],
  ['12:00:00.', false, 'dot without fraction'],
  [' 09:30:00 ', true, 'whitespace collapses'],
  ['', false, 'empty'],
];

function temporal(base: 'date' | 'time', cases: typeof DATE_CASES) {
  return (ctx: Ctx): Candidate[] => {
    const out: Candidate[] = [];
    for (const i of simpleInfos(ctx)) {
      if (i.type.base !== base) continue;
      for (const [v, valid, note] of cases) out.push(valueCandidate(i, note, v, valid, note));
    }
    return out;
  };
}

/** Fillers tried for length tests, in order; the first the patterns accept is used. */
const FILLERS = ['x', '9', 'A'];

function stringLength(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const i of simpleInfos(ctx)) {
    const f = factsOf(i.type, i.el.local);
    if (f.base !== 'string' || f.enumeration || f.maxLength === undefined) continue;
    const max = f.maxLength;
    // Fixed-length digit codes (BSN, AGB) are the pattern kind's business.
    if (f.patterns.some((step) => step.every((r) => /\{\d+\}/.test(r.source)))) continue;
    const filler = FILLERS.find((c) => stringOk(f, c.repeat(max)));
    if (!filler) continue;
    out.push(valueCandidate(i, 'max', filler.repeat(max), true, `${f.key}: exactly maxLength ${max}`));
    out.push(valueCandidate(i, 'max+1', filler.repeat(max + 1), false, `${f.key}: maxLength ${max} + 1`));
    // Length counts characters, not bytes or UTF-16 units.
    for (const [variant, c] of [['non-ascii', 'é'], ['astral', '\u{1D11E}']] as const) {
      if (!stringOk(f, c.repeat(max))) continue;
      out.push(valueCandidate(i, `${variant}-max`, c.repeat(max), true, `${f.key}: ${max} x U+${c.codePointAt(0)!.toString(16).toUpperCase()}`));
      out.push(valueCandidate(i, `${variant}-max+1`, c.repeat(max + 1), false, `${f.key}: ${max + 1} x U+${c.codePointAt(0)!.toString(16).toUpperCase()}`));
    }
  }
  return out;
}

function emptyString(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const i of simpleInfos(ctx)) {
    const f = factsOf(i.type, i.el.local);
    if (f.base !== 'string') continue;
    const req = i.particle?.minOccurs === 1 ? 'required' : 'optional';
    out.push({
      variant: `${req}-selfclosing`,
      description: `${req} ${i.xpath} empty as <${i.el.local}/> (${f.key})`,
      expectValid: stringOk(f, ''),
      apply: (doc) => {
        const el = at(doc, i.path);
        el.children = [];
        el.selfClosing = true;
      },
    });
    out.push({
      variant: `${req}-open-close`,
      description: `${req} ${i.xpath} empty as <${i.el.local}></${i.el.local}> (${f.key})`,
      expectValid: stringOk(f, ''),
      apply: (doc) => setValue(i, '', doc),
    });
  }
  // Required ones first in line: the round-robin then prefers them.
  return out.sort((a, b) => Number(b.variant.startsWith('required')) - Number(a.variant.startsWith('required')));
}

// ---- namespaces and header

function rootDecl(doc: XDocument, prefix: string): { name: string; value: string } {
  const a = doc.root.attrs.find((x) => x.name === `xmlns:${prefix}`);
  if (!a) throw new Error(`no xmlns:${prefix} on the root`);
  return a;
}

function namespace(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const others = MESSAGE_CODES.filter((c) => c !== ctx.code);
  const other = pick(ctx.rng, others);
  const otherNs = messageNamespace(other);
  out.push({
    variant: 'root-other-message',
    description: `root Bericht in the namespace of ${other} (other elements unchanged)`,
    expectValid: false,
    apply: (doc) => {
      doc.root.attrs.push({ name: 'xmlns:ander', value: otherNs });
      doc.root.prefix = 'ander';
    },
  });
  out.push({
    variant: 'all-other-message',
    description: `prefix ${ctx.pfxMsg} bound to the namespace of ${other}: whole message in the wrong namespace`,
    expectValid: false,
    apply: (doc) => void (rootDecl(doc, ctx.pfxMsg).value = otherNs),
  });
  out.push({
    variant: 'release-3_1',
    description: `message namespace of release 3.1 (${ctx.msgNs.replace('3_2', '3_1')})`,
    expectValid: false,
    apply: (doc) => void (rootDecl(doc, ctx.pfxMsg).value = ctx.msgNs.replace('3_2', '3_1')),
  });
  out.push({
    variant: 'basis-release-3_1',
    description: `basisschema namespace of release 3.1 on prefix ${ctx.pfxBasis}`,
    expectValid: false,
    apply: (doc) => void (rootDecl(doc, ctx.pfxBasis).value = NS_BASIS.replace('3_2', '3_1')),
  });
  for (const i of ctx.infos) {
    if (!i.parent) continue;
    const inBasis = i.parent.type.kind === 'complex' && i.parent.type.owner === 'basisschema';
    if (inBasis) {
      out.push({
        variant: 'basis-child-in-message-ns',
        description: `basisschema child ${i.xpath} as ${ctx.pfxMsg}:${i.el.local} (message namespace)`,
        expectValid: false,
        apply: (doc) => void (at(doc, i.path).prefix = ctx.pfxMsg),
      });
    } else {
      out.push({
        variant: 'message-child-in-basis-ns',
        description: `message element ${i.xpath} as ${ctx.pfxBasis}:${i.el.local} (basisschema namespace)`,
        expectValid: false,
        apply: (doc) => void (at(doc, i.path).prefix = ctx.pfxBasis),
      });
      const o = pick(ctx.rng, others);
      out.push({
        variant: 'inner-other-message',
        description: `${i.xpath} in the namespace of ${o}`,
        expectValid: false,
        apply: (doc) => {
          const el = at(doc, i.path);
          el.attrs.push({ name: 'xmlns:ander', value: messageNamespace(o) });
          el.prefix = 'ander';
        },
      });
    }
    out.push({
      variant: 'no-namespace',
      description: `${i.xpath} without prefix (no namespace)`,
      expectValid: false,
      apply: (doc) => void (at(doc, i.path).prefix = ''),
    });
  }
  return out;
}

function header(ctx: Ctx): Candidate[] {
  const own = MODELS[ctx.code].berichtCode;
  const other = MODELS[pick(ctx.rng, MESSAGE_CODES.filter((c) => c !== ctx.code))];
  const byName = (n: string): Info => {
    const i = ctx.infos.find((x) => x.xpath === `Bericht/Header/${n}`);
    if (!i) throw new Error(`${ctx.code}: no Header/${n}`);
    return i;
  };
  const cases: Array<[string, string, boolean, string]> = [
    ['BerichtCode', other.berichtCode, false, `code of ${other.code}`],
    ['BerichtCode', own.slice(0, 2), false, 'truncated'],
    ['BerichtCode', ` ${own}`, false, 'leading space: a string, not collapsed'],
    ['BerichtCode', `0${own}`, false, 'leading zero, also too long'],
    ['BerichtVersie', '2', false, 'version 2'],
    ['BerichtVersie', '4', false, 'version 4'],
    ['BerichtVersie', '03', false, "'03' does not match pattern '3'"],
    ['BerichtVersie', '+3', false, "'+3' does not match pattern '3'"],
    ['BerichtVersie', ' 3 ', true, 'integer: whitespace collapses before the pattern'],
    ['BerichtVersie', '3.2', false, 'release number'],
    ['BerichtSubversie', '1', false, 'subversion 1'],
    ['BerichtSubversie', '02', false, "'02' does not match pattern '2'"],
    ['BerichtSubversie', '\n2\n', true, 'whitespace collapses'],
    ['BerichtSubversie', '', false, 'empty'],
  ];
  return cases.map(([n, v, valid, note], k) => valueCandidate(byName(n), k === 0 ? 'BerichtCode:other message' : `${n}:${note}`, v, valid, note));
}

// ---- not well-formed

function wellformedness(ctx: Ctx): Candidate[] {
  const i = pick(ctx.rng, simpleInfos(ctx).filter((x) => x.el.prefix === ctx.pfxMsg));
  const name = `${ctx.pfxMsg}:${i.el.local}`;
  const none = (): void => undefined;
  const once = (xml: string, from: string, to: string): string => {
    const k = xml.indexOf(from);
    if (k < 0) throw new Error(`${ctx.code}: '${from}' not in the serialized base`);
    return xml.slice(0, k) + to + xml.slice(k + from.length);
  };
  return [
    { variant: 'truncated', description: 'document cut off halfway', expectValid: false, apply: none, post: (x) => x.slice(0, Math.floor(x.length / 2)) },
    {
      variant: 'mismatched-end-tag',
      description: `first end tag </${name}> misspelled (${i.xpath} or an earlier namesake)`,
      expectValid: false,
      apply: none,
      post: (x) => once(x, `</${name}>`, `</${name}X>`),
    },
    {
      variant: 'unescaped-ampersand',
      description: `bare '&' in the value of ${i.xpath}`,
      expectValid: false,
      apply: (doc) => void at(doc, i.path).children.push({ type: 'raw', xml: ' & ' }),
    },
    {
      variant: 'undeclared-prefix',
      description: `${i.xpath} with the undeclared prefix q`,
      expectValid: false,
      apply: (doc) => void (at(doc, i.path).prefix = 'q'),
    },
    {
      variant: 'second-root',
      description: 'a second root element after Bericht',
      expectValid: false,
      apply: none,
      post: (x) => `${x}<${ctx.pfxMsg}:Bericht xmlns:${ctx.pfxMsg}="${ctx.msgNs}"/>\n`,
    },
    {
      variant: 'doctype',
      description: 'an internal DOCTYPE subset (refused: no DTDs, no entity expansion)',
      expectValid: false,
      apply: none,
      post: (x) => once(x, `<${ctx.pfxMsg}:Bericht`, `<!DOCTYPE ${ctx.pfxMsg}:Bericht [<!ENTITY e "x">]>\n<${ctx.pfxMsg}:Bericht`),
    },
  ];
}

// ---- harmless

function harmless(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const simples = ctx.infos.filter((i) => i.type.kind === 'simple');
  const complexes = complexInfos(ctx);
  const s = (): Info => pick(ctx.rng, simples);
  const c = (): Info & { type: ComplexType } => pick(ctx.rng, complexes);
  const stripWhitespace = (doc: XDocument): void =>
    walkElements(doc.root, (el) => {
      if (elementChildren(el).length > 0) el.children = el.children.filter((n) => !(n.type === 'text' && /^\s*$/.test(n.text)));
    });

  out.push({ variant: 'compact', description: 'all whitespace between elements removed', expectValid: true, apply: stripWhitespace });
  out.push({
    variant: 'reindent-crlf',
    description: 'reindented with two spaces and CRLF line ends',
    expectValid: true,
    apply: (doc) => {
      stripWhitespace(doc);
      walkElements(doc.root, (el, path) => {
        if (elementChildren(el).length === 0) return;
        const ind = (d: number): XNode => ({ type: 'text', text: `\n${'  '.repeat(d)}` });
        el.children = [...el.children.flatMap((n) => [ind(path.length + 1), n]), ind(path.length)];
      });
      return { eol: '\r\n' };
    },
  });
  out.push({
    variant: 'comments-between',
    description: 'comments before the root, after it and between elements',
    expectValid: true,
    apply: (doc) => {
      doc.before.push({ type: 'comment', text: ' voor ' });
      doc.after.push({ type: 'comment', text: ' na ' });
      // Resolve all targets before inserting: an insertion shifts the paths below it.
      const targets = [c(), c(), c()].map((i) => at(doc, i.path));
      targets.forEach((el, k) => {
        el.children.splice(Math.floor(ctx.rng() * (el.children.length + 1)), 0, { type: 'comment', text: ` opmerking ${k} - <geen> & element ` });
      });
    },
  });
  {
    const i = pick(ctx.rng, simples.filter((x) => codePoints(textOf(x.el)) >= 2));
    const v = textOf(i.el);
    const k = 1 + Math.floor(ctx.rng() * (codePoints(v) - 1));
    const [head, tail] = [[...v].slice(0, k).join(''), [...v].slice(k).join('')];
    out.push({
      variant: 'comment-in-value',
      description: `comment inside the value of ${i.xpath}: ${head}<!-- -->${tail}`,
      expectValid: true,
      apply: (doc) => void (at(doc, i.path).children = [{ type: 'text', text: head }, { type: 'comment', text: ' knip ' }, { type: 'text', text: tail }]),
    });
    out.push({
      variant: 'pi-in-value',
      description: `processing instruction inside the value of ${i.xpath}`,
      expectValid: true,
      apply: (doc) => void (at(doc, i.path).children = [{ type: 'text', text: head }, { type: 'pi', target: 'app', body: 'x' }, { type: 'text', text: tail }]),
    });
    out.push({
      variant: 'cdata-split',
      description: `value of ${i.xpath} half text, half CDATA`,
      expectValid: true,
      apply: (doc) => void (at(doc, i.path).children = [{ type: 'text', text: head }, { type: 'cdata', text: tail }]),
    });
  }
  {
    const i = s();
    out.push({
      variant: 'cdata-wrap',
      description: `value of ${i.xpath} wrapped in CDATA`,
      expectValid: true,
      apply: (doc) => void (at(doc, i.path).children = [{ type: 'cdata', text: textOf(i.el) }]),
    });
  }
  {
    const i = s();
    const v = textOf(i.el);
    const chars = [...v];
    const k = Math.floor(ctx.rng() * chars.length);
    const cp = chars[k]!.codePointAt(0)!;
    const hex = ctx.rng() < 0.5;
    const ref = hex ? `&#x${cp.toString(16).toUpperCase()};` : `&#${cp};`;
    out.push({
      variant: 'char-ref',
      description: `character ${k + 1} of ${i.xpath} ('${chars[k]}') written as ${ref}`,
      expectValid: true,
      apply: (doc) =>
        void (at(doc, i.path).children = [
          { type: 'text', text: chars.slice(0, k).join('') },
          { type: 'raw', xml: ref },
          { type: 'text', text: chars.slice(k + 1).join('') },
        ].filter((n) => n.type === 'raw' || n.text !== '') as XNode[]),
    });
  }
  {
    const i = c();
    out.push({
      variant: 'pi-between',
      description: `processing instruction between the children of ${i.xpath}`,
      expectValid: true,
      apply: (doc) => void at(doc, i.path).children.unshift({ type: 'pi', target: 'verwerking', body: 'stap="1"' }),
    });
  }
  const renamePrefix = (doc: XDocument, from: string, to: string): void => {
    walkElements(doc.root, (el) => {
      if (el.prefix === from) el.prefix = to;
    });
    const a = rootDecl(doc, from);
    a.name = to ? `xmlns:${to}` : 'xmlns';
  };
  out.push({
    variant: 'default-namespace',
    description: `message namespace as default namespace (prefix ${ctx.pfxMsg} removed)`,
    expectValid: true,
    apply: (doc) => renamePrefix(doc, ctx.pfxMsg, ''),
  });
  out.push({
    variant: 'basis-default-namespace',
    description: `basisschema namespace as default namespace (prefix ${ctx.pfxBasis} removed)`,
    expectValid: true,
    apply: (doc) => renamePrefix(doc, ctx.pfxBasis, ''),
  });
  out.push({
    variant: 'rename-prefixes',
    description: `prefixes renamed: ${ctx.pfxMsg} → m, ${ctx.pfxBasis} → b`,
    expectValid: true,
    apply: (doc) => {
      renamePrefix(doc, ctx.pfxMsg, 'm');
      renamePrefix(doc, ctx.pfxBasis, 'b');
    },
  });
  out.push({
    variant: 'swap-prefix-bindings',
    description: `prefix ${ctx.pfxBasis} bound to the message namespace and ${ctx.pfxMsg} to the basisschema`,
    expectValid: true,
    apply: (doc) => {
      renamePrefix(doc, ctx.pfxMsg, 'tmp');
      renamePrefix(doc, ctx.pfxBasis, ctx.pfxMsg);
      renamePrefix(doc, 'tmp', ctx.pfxBasis);
    },
  });
  {
    const i = pick(ctx.rng, complexes.filter((x) => x.parent && x.type.owner !== 'basisschema'));
    out.push({
      variant: 'redeclare-inner',
      description: `${i.xpath} and its message-namespace descendants use prefix x, declared on ${i.el.local}`,
      expectValid: true,
      apply: (doc) => {
        const el = at(doc, i.path);
        el.attrs.push({ name: 'xmlns:x', value: ctx.msgNs });
        walkElements(el, (d) => {
          if (d.prefix === ctx.pfxMsg) d.prefix = 'x';
        });
      },
    });
  }
  {
    const withBasisKids = complexes.filter((x) => x.type.owner === 'basisschema');
    const i = pick(ctx.rng, withBasisKids);
    out.push({
      variant: 'basis-default-inner',
      description: `default namespace = basisschema declared on ${i.xpath}, its children unprefixed`,
      expectValid: true,
      apply: (doc) => {
        const el = at(doc, i.path);
        el.attrs.push({ name: 'xmlns', value: NS_BASIS });
        walkElements(el, (d) => {
          if (d !== el && d.prefix === ctx.pfxBasis) d.prefix = '';
        });
      },
    });
  }
  out.push({ variant: 'no-declaration', description: 'XML declaration left out', expectValid: true, apply: () => ({ noDeclaration: true }) });
  out.push({ variant: 'bom', description: 'UTF-8 byte order mark before the declaration', expectValid: true, apply: () => ({ bom: true }) });
  out.push({
    variant: 'quotes-and-tag-spaces',
    description: "single-quoted attributes and spaces before '>' in tags",
    expectValid: true,
    apply: () => ({ quote: "'", spaceInTags: true }),
  });
  out.push({
    variant: 'standalone',
    description: 'standalone="yes" in the XML declaration',
    expectValid: true,
    apply: (doc) => void (doc.declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'),
  });
  out.push({
    variant: 'xsi-schemaLocation',
    description: 'xsi:schemaLocation on the root (validation uses the given schema regardless)',
    expectValid: true,
    apply: (doc) => {
      doc.root.attrs.push({ name: 'xmlns:xsi', value: 'http://www.w3.org/2001/XMLSchema-instance' });
      doc.root.attrs.push({ name: 'xsi:schemaLocation', value: `${ctx.msgNs} ${ctx.code}.xsd` });
    },
  });
  {
    const names = ctx.infos.filter((i) => i.el.local === 'Achternaam' || i.el.local === 'Voornamen');
    if (names.length) {
      const i = pick(ctx.rng, names);
      out.push({
        variant: 'non-ascii-name',
        description: `${i.xpath} = 'Ŀøvë-Ñïëüẘ 𝄞' (non-ASCII, astral)`,
        expectValid: true,
        apply: (doc) => setValue(i, 'Ŀøvë-Ñïëüẘ 𝄞', doc),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- drawing

/**
 * What is drawn per base message: kind, candidate generator, how many (fewer where there are
 * fewer candidates). Times get their own line because only JW301 has one.
 */
const DRAWS: ReadonlyArray<[Exclude<MutationKind, 'original'>, (ctx: Ctx) => Candidate[], number]> = [
  ['drop-required', dropRequired, 99],
  ['drop-optional', dropOptional, 99],
  ['add-optional', addOptional, 99],
  ['add-unknown', addUnknown, 6],
  ['duplicate-nonrepeating', (ctx) => duplicate(ctx, false), 99],
  ['duplicate-repeating', (ctx) => duplicate(ctx, true), 99],
  ['swap-siblings', swapSiblings, 99],
  ['pattern', patternCatalogue, 99],
  ['pattern', patternGeneric, 3],
  ['number', number, 5],
  ['code-list', unknownCode, 99],
  ['code-list', codeList, 3],
  ['date', temporal('date', DATE_CASES), 5],
  ['date', temporal('time', TIME_CASES), TIME_CASES.length],
  ['string-length', stringLength, 4],
  ['empty-string', emptyString, 2],
  ['namespace', namespace, 4],
  ['header', header, 3],
  ['wellformedness', wellformedness, 2],
  ['harmless', harmless, 10],
];

/** Draws k candidates round-robin over their variants, starting at `offset`, random within a variant. */
function draw(rng: Rng, cands: Candidate[], k: number, offset: number): Candidate[] {
  const pools = new Map<string, Candidate[]>();
  for (const c of cands) {
    const p = pools.get(c.variant);
    if (p) p.push(c);
    else pools.set(c.variant, [c]);
  }
  const list = [...pools.values()].map((p) => shuffle(rng, p));
  const chosen: Candidate[] = [];
  for (let i = 0; chosen.length < k && list.some((p) => p.length > 0); i++) {
    const p = list[(offset + i) % list.length]!;
    const c = p.pop();
    if (c) chosen.push(c);
  }
  return chosen;
}

export interface MutationSet {
  mutations: Mutation[];
  /** Every `kind variant` some base offered a candidate for (drawn or not). */
  offered: Set<string>;
}

export const generateMutations = (examplesDir: string, seed: number = DEFAULT_SEED): Mutation[] =>
  generateMutationSet(examplesDir, seed).mutations;

export function generateMutationSet(examplesDir: string, seed: number = DEFAULT_SEED): MutationSet {
  const rng = prng(seed);
  const out: Mutation[] = [];
  const offered = new Set<string>();
  const seenXml = new Set<string>();
  const counter = new Map<string, number>();
  const add = (kind: MutationKind, variant: string, code: MessageCode, description: string, expectValid: boolean, xml: string): void => {
    if (seenXml.has(xml)) return; // two draws can land on the same document
    seenXml.add(xml);
    const key = `${code}/${kind}`;
    const n = (counter.get(key) ?? 0) + 1;
    counter.set(key, n);
    out.push({ id: `${key}/${n}`, kind, code, description, variant, expectValid, xml });
  };

  for (const code of MESSAGE_CODES) {
    const shipped = readExample(examplesDir, code);
    const broken = code === 'JW315' || code === 'JW318';
    add('original', broken ? 'invalid as shipped' : 'as shipped', code, `official example ${code}.xml as shipped${broken ? ' (invalid as shipped)' : ''}`, !broken, shipped);
  }

  const bases = loadBases(examplesDir);
  const offsets = new Map<number, number>();
  const rotation = new Map<string, number>();
  for (const base of bases) {
    if (base.fix) add('original', 'fixed', base.code, `official example ${base.code}.xml fixed: ${base.fix}`, true, serializeXml(base.doc));
    const msgNs = messageNamespace(base.code);
    const prefixOf = (ns: string): string => {
      const a = base.doc.root.attrs.find((x) => x.name.startsWith('xmlns:') && x.value === ns);
      if (!a) throw new Error(`${base.code}: the root declares no prefix for ${ns}`);
      return a.name.slice('xmlns:'.length);
    };
    if (base.doc.root.attrs.some((a) => a.name === 'xmlns')) throw new Error(`${base.code}: default namespace not expected in a base`);
    const ctx: Ctx = {
      code: base.code,
      infos: annotate(base),
      msgNs,
      pfxMsg: prefixOf(msgNs),
      pfxBasis: prefixOf(NS_BASIS),
      rng,
      rotation,
    };
    DRAWS.forEach(([kind, generate, k], line) => {
      // Each line's round-robin continues where the previous base left off, so all variants get used.
      const offset = offsets.get(line) ?? 0;
      offsets.set(line, offset + k);
      const cands = generate(ctx);
      for (const c of cands) offered.add(`${kind} ${c.variant}`);
      for (const cand of draw(rng, cands, k, offset)) {
        const doc = cloneDoc(base.doc);
        const xml = serializeXml(doc, cand.apply(doc) ?? {});
        add(kind, cand.variant, base.code, cand.description, cand.expectValid, cand.post ? cand.post(xml) : xml);
      }
    });
  }
  return { mutations: out, offered };
}
