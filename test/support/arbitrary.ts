/**
 * Model-driven fast-check arbitraries: a VALID typed message for any message code, respecting
 * every facet of every simple type (lengths in code points, patterns of every derivation step,
 * code lists, ranges, real calendar dates). Values deliberately include characters that need
 * care in XML: & < > ]]> CR, tabs, newlines, astral characters.
 */
import fc from 'fast-check';
import { MODELS } from '../../src/message/model/index.js';
import {
  derivationChain, type ComplexType, type MessageCode, type Particle, type SimpleType,
} from '../../src/message/model/dsl.js';
import type { Berichten } from '../../src/message/types.generated.js';
import { findIllegalChar } from '../../src/message/xml/chars.js';
import { xsdPatternSource } from '../../src/message/xml/regex.js';
import { INVALID, simpleChecker } from '../../src/message/xml/simple.js';

export interface ArbitraryOptions {
  /** Longest generated repetition of a repeating element (default 3). */
  maxRepeat?: number;
  /** Longest generated free-text value, in code points, where the type allows more (default 24). */
  maxText?: number;
}

/** Any XML character, weighted towards ASCII and the characters that need escaping. */
export const xmlChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
  { weight: 4, arbitrary: fc.constantFrom(0x09, 0x0a, 0x0d, 0x26, 0x3c, 0x3e, 0x5d, 0x22, 0x27, 0x20) },
  { weight: 2, arbitrary: fc.integer({ min: 0xa0, max: 0xd7ff }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xe000, max: 0xfffd }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }) },
).map((cp) => String.fromCodePoint(cp));

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function dateArb(): fc.Arbitrary<string> {
  const year = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 9999 }) },
    { weight: 1, arbitrary: fc.integer({ min: -9999, max: 99999 }).filter((y) => y !== 0) },
  );
  return fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => {
    const max = m === 2 && isLeap(y) ? 29 : DAYS[m - 1]!;
    const day = Math.min(d, max);
    const abs = Math.abs(y);
    const ys = abs < 10000 ? String(abs).padStart(4, '0') : String(abs);
    return `${y < 0 ? '-' : ''}${ys}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}

function timeArb(): fc.Arbitrary<string> {
  const two = (n: number): string => String(n).padStart(2, '0');
  return fc.oneof(
    { weight: 10, arbitrary: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }),
      fc.option(fc.stringMatching(/^[0-9]{1,3}$/), { nil: undefined }))
      .map(([h, m, s, f]) => `${two(h)}:${two(m)}:${two(s)}${f === undefined ? '' : `.${f}`}`) },
    { weight: 1, arbitrary: fc.constant('24:00:00') },
  );
}

const simpleCache = new Map<string, fc.Arbitrary<string | number>>();

/** Valid values of a simple type (strings, or numbers for integers). */
export function simpleArb(t: SimpleType, opts: ArbitraryOptions = {}): fc.Arbitrary<string | number> {
  const maxText = opts.maxText ?? 24;
  const chain = derivationChain(t);
  const checker = simpleChecker(t);
  const valid = (v: string | number): boolean => {
    const lexical = typeof v === 'number' ? String(v) : v;
    if (typeof v === 'string' && findIllegalChar(v, 0, v.length) >= 0) return false;
    return checker.parse(lexical) !== INVALID;
  };
  let minLength = 0;
  let maxLength = Infinity;
  let min: bigint | undefined;
  let max: bigint | undefined;
  let enumeration: string[] | undefined;
  let patterns: readonly string[] | undefined;
  for (const s of chain) {
    const f = s.facets;
    if (f.minLength !== undefined) minLength = Math.max(minLength, f.minLength);
    if (f.maxLength !== undefined) maxLength = Math.min(maxLength, f.maxLength);
    if (f.minInclusive !== undefined) min = min === undefined || f.minInclusive > min ? f.minInclusive : min;
    if (f.maxInclusive !== undefined) max = max === undefined || f.maxInclusive < max ? f.maxInclusive : max;
    if (f.enumeration) enumeration = f.enumeration.map((c) => c.value);
    if (f.patterns?.length) patterns = f.patterns; // the most derived step's patterns drive generation
  }
  let arb: fc.Arbitrary<string | number>;
  if (enumeration) {
    const ok = enumeration.filter(valid);
    if (ok.length === 0) throw new Error(`${checker.label}: no valid code`);
    arb = fc.constantFrom(...ok);
  } else if (t.base === 'date') {
    arb = dateArb();
  } else if (t.base === 'time') {
    arb = timeArb();
  } else if (t.base === 'integer') {
    if (patterns) {
      arb = fc.oneof(...patterns.map((p) => fc.stringMatching(new RegExp(xsdPatternSource(p), 'u'), { maxLength: 18 })))
        .filter((s) => /^[0-9]{1,15}$/.test(s))
        .map(Number);
    } else {
      arb = fc.bigInt({ min: min ?? -(10n ** 15n), max: max ?? 10n ** 15n }).map((b) => Number(b));
    }
  } else {
    const cap = Math.max(minLength, Math.min(maxLength, maxText));
    if (patterns) {
      const regexes = patterns.map((p) => new RegExp(xsdPatternSource(p), 'u'));
      // patterns may need more than maxText (a BSN has 9 digits): clamp to the type's own limit
      const patternCap = Math.min(maxLength, Math.max(cap, 16));
      const matching = fc.oneof(...regexes.map((r) => fc.stringMatching(r, { maxLength: patternCap })));
      // Random XML text that happens to match: richer characters than stringMatching picks,
      // used only where the pattern accepts a fair share of random strings.
      const random = fc.string({ unit: xmlChar, minLength, maxLength: cap });
      const sample = fc.sample(random, { numRuns: 60, seed: 42 });
      const share = sample.filter((s) => regexes.some((r) => r.test(s))).length / sample.length;
      arb = share >= 0.3
        ? fc.oneof(matching, random.filter((s) => regexes.some((r) => r.test(s))))
        : matching;
    } else {
      arb = fc.string({ unit: xmlChar, minLength, maxLength: cap });
    }
  }
  return arb.filter(valid);
}

function complexArb(t: ComplexType, opts: ArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const p of t.sequence) {
    model[p.name] = particleArb(p, opts);
    if (p.minOccurs === 1) required.push(p.name);
  }
  return fc.record(model, { requiredKeys: required, noNullPrototype: true }) as fc.Arbitrary<Record<string, unknown>>;
}

function particleArb(p: Particle, opts: ArbitraryOptions): fc.Arbitrary<unknown> {
  const item: fc.Arbitrary<unknown> = p.type.kind === 'complex' ? complexArb(p.type, opts) : cachedSimple(p.type, opts);
  if (p.maxOccurs === 'unbounded') return fc.array(item, { minLength: p.minOccurs, maxLength: opts.maxRepeat ?? 3 });
  return item;
}

function cachedSimple(t: SimpleType, opts: ArbitraryOptions): fc.Arbitrary<string | number> {
  if (t.name === undefined || opts.maxText !== undefined) return simpleArb(t, opts);
  let a = simpleCache.get(t.name);
  if (!a) {
    a = simpleArb(t, opts);
    simpleCache.set(t.name, a);
  }
  return a;
}

/** A valid typed message of the given code. */
export function berichtArb<C extends MessageCode>(code: C, opts: ArbitraryOptions = {}): fc.Arbitrary<Berichten[C]> {
  return complexArb(MODELS[code].root, opts) as unknown as fc.Arbitrary<Berichten[C]>;
}
