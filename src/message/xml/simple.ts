/**
 * Simple-type checkers compiled from the model: one closure pair per SimpleType, shared by the
 * parser (CL1 validation of incoming messages) and the builder (never emit an invalid value).
 *
 * Lexical rules follow libxml2, the reference engine: xs:string keeps its whitespace (length,
 * pattern and enumeration see the raw text), xs:integer/xs:date/xs:time are whitespace-collapsed
 * first. Lengths are counted in Unicode code points.
 */
import { derivationChain, type BaseType, type SimpleType } from '../model/dsl.js';
import { xsdPatternToRegExp } from './regex.js';

export const INVALID: unique symbol = Symbol('invalid');
export type SimpleValue = string | number;

export interface SimpleChecker {
  readonly type: SimpleType;
  readonly base: BaseType;
  /** Type name for messages: 'LDT_Datum', or 'restriction of LDT_BerichtCode'. */
  readonly label: string;
  /** Unique per checker: index of the parser's per-call value caches. */
  readonly id: number;
  /** Worth caching per message (dates and times repeat a lot and cost more to check). */
  readonly cacheable: boolean;
  /** The typed value of a raw text (string, or number for integers), or INVALID. */
  parse(raw: string): SimpleValue | typeof INVALID;
  /** Why `raw` is invalid, naming the value and the facet (call only after parse gave INVALID). */
  explain(raw: string): string;
}

interface Step {
  readonly regexes: readonly RegExp[];
  readonly patterns: readonly string[];
  readonly enumeration?: ReadonlySet<string>;
  readonly enumerationList?: readonly string[];
  readonly owner: string;
}

const cache = new WeakMap<SimpleType, SimpleChecker>();
let nextCheckerId = 0;
/** Number of checker ids handed out so far. */
export const checkerCount = (): number => nextCheckerId;

/** The (cached) checker of a simple type. */
export function simpleChecker(t: SimpleType): SimpleChecker {
  let c = cache.get(t);
  if (!c) {
    c = compile(t);
    cache.set(t, c);
  }
  return c;
}

export function typeLabel(t: SimpleType): string {
  if (t.name) return t.name;
  return t.restricts ? `restriction of ${typeLabel(t.restricts)}` : `xs:${t.base}`;
}

/** Quote a value for a message, shortened so a 5 MB value cannot flood the error list. */
export function quote(v: string): string {
  const s = v.length > 60 ? `${v.slice(0, 57)}...` : v;
  return `'${s.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

/** Code points in s (maxLength/minLength unit). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** XSD whiteSpace=collapse for the atomic types whose lexical space has no inner blanks. */
export function collapse(raw: string): string {
  const n = raw.length;
  if (n === 0) return raw;
  let a = 0;
  let b = n;
  let c = raw.charCodeAt(0);
  if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
    c = raw.charCodeAt(n - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return raw;
  }
  while (a < b && isBlank(raw.charCodeAt(a))) a++;
  while (b > a && isBlank(raw.charCodeAt(b - 1))) b--;
  // inner runs become one space (they make every integer/date/time invalid, but the message
  // should quote what libxml2 sees)
  return raw.slice(a, b).replace(/[ \t\n\r]+/g, ' ');
}
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function compile(t: SimpleType): SimpleChecker {
  const chain = derivationChain(t);
  const base = t.base;
  const label = typeLabel(t);
  let minLength: number | undefined;
  let maxLength: number | undefined;
  let minInclusive: bigint | undefined;
  let maxInclusive: bigint | undefined;
  const steps: Step[] = [];
  for (const s of chain) {
    const f = s.facets;
    if (s.base !== base) throw new Error(`${label}: derivation changes the base type`);
    if (f.minLength !== undefined) minLength = Math.max(minLength ?? 0, f.minLength);
    if (f.maxLength !== undefined) maxLength = Math.min(maxLength ?? Infinity, f.maxLength);
    if (f.minInclusive !== undefined) minInclusive = minInclusive === undefined || f.minInclusive > minInclusive ? f.minInclusive : minInclusive;
    if (f.maxInclusive !== undefined) maxInclusive = maxInclusive === undefined || f.maxInclusive < maxInclusive ? f.maxInclusive : maxInclusive;
    if ((f.minLength !== undefined || f.maxLength !== undefined) && base !== 'string') {
      throw new Error(`${label}: length facets on xs:${base} are not supported`);
    }
    if ((f.minInclusive !== undefined || f.maxInclusive !== undefined) && base !== 'integer') {
      throw new Error(`${label}: range facets on xs:${base} are not supported`);
    }
    if (f.enumeration && base !== 'string') throw new Error(`${label}: enumeration on xs:${base} is not supported`);
    if (f.patterns?.length || f.enumeration) {
      const patterns = f.patterns ?? [];
      steps.push({
        regexes: patterns.map(xsdPatternToRegExp),
        patterns,
        enumeration: f.enumeration ? new Set(f.enumeration.map((c) => c.value)) : undefined,
        enumerationList: f.enumeration?.map((c) => c.value),
        owner: typeLabel(s),
      });
    }
  }

  // ---- facet checks on the lexical form (string: raw; others: collapsed) ----
  const lengthOk = (v: string): boolean => {
    if (minLength === undefined && maxLength === undefined) return true;
    const units = v.length;
    if ((maxLength === undefined || units <= maxLength) && (minLength === undefined || units >= 2 * minLength)) return true;
    const n = codePointLength(v);
    return (maxLength === undefined || n <= maxLength) && (minLength === undefined || n >= minLength);
  };
  const stepsOk = (v: string): boolean => {
    for (const s of steps) {
      if (s.enumeration && !s.enumeration.has(v)) return false;
      if (s.regexes.length) {
        let any = false;
        for (const r of s.regexes) if (r.test(v)) { any = true; break; }
        if (!any) return false;
      }
    }
    return true;
  };
  const facetProblem = (v: string, shown: string): string | undefined => {
    if (!lengthOk(v)) {
      const n = codePointLength(v);
      if (minLength !== undefined && n < minLength) {
        return `the value ${shown} has length ${n}; ${label} requires at least ${minLength} character${minLength === 1 ? '' : 's'} (facet minLength)`;
      }
      return `the value ${shown} has length ${n}; ${label} allows at most ${maxLength} characters (facet maxLength)`;
    }
    for (const s of steps) {
      if (s.regexes.length && !s.regexes.some((r) => r.test(v))) {
        const pats = s.patterns.map((p) => `'${p}'`).join(' or ');
        return `the value ${shown} does not match the pattern ${pats} of ${s.owner} (facet pattern)`;
      }
      if (s.enumeration && !s.enumeration.has(v)) {
        const list = s.enumerationList!;
        const shownList = list.length > 12 ? `${list.slice(0, 12).join(', ')}, ... (${list.length} codes)` : list.join(', ');
        return `the value ${shown} is not a code of ${s.owner} (facet enumeration: ${shownList})`;
      }
    }
    return undefined;
  };

  const id = nextCheckerId++;
  if (base === 'string') {
    const noFacets = minLength === undefined && maxLength === undefined && steps.length === 0;
    // A code list: return the model's own string, so repeated codes share one instance.
    const last = steps[steps.length - 1];
    const canonical = last?.enumerationList ? new Map(last.enumerationList.map((v) => [v, v])) : undefined;
    return {
      type: t, base, label, id, cacheable: false,
      parse: noFacets ? (raw) => raw
        : canonical ? (raw) => (lengthOk(raw) && stepsOk(raw) ? canonical.get(raw)! : INVALID)
          : (raw) => (lengthOk(raw) && stepsOk(raw) ? raw : INVALID),
      explain: (raw) => facetProblem(raw, quote(raw)) ?? `the value ${quote(raw)} is valid`,
    };
  }

  if (base === 'integer') {
    const inRange = (digits: string, negative: boolean): boolean => {
      // digits: no sign, no leading zeros ('' means 0)
      if (digits.length <= 15) {
        const v = negative ? -Number(digits || '0') : Number(digits || '0');
        return (minInclusive === undefined || v >= Number(minInclusive)) && (maxInclusive === undefined || v <= Number(maxInclusive));
      }
      const v = negative ? -BigInt(digits) : BigInt(digits);
      return (minInclusive === undefined || v >= minInclusive) && (maxInclusive === undefined || v <= maxInclusive);
    };
    const lex = (v: string): { digits: string; negative: boolean } | undefined => {
      const n = v.length;
      let i = 0;
      let negative = false;
      const c0 = v.charCodeAt(0);
      if (c0 === 0x2b || c0 === 0x2d) { negative = c0 === 0x2d; i = 1; }
      if (i >= n) return undefined;
      let firstSig = -1;
      for (let k = i; k < n; k++) {
        const c = v.charCodeAt(k);
        if (c < 0x30 || c > 0x39) return undefined;
        if (firstSig < 0 && c !== 0x30) firstSig = k;
      }
      return { digits: firstSig < 0 ? '' : v.slice(firstSig), negative };
    };
    const minNum = minInclusive === undefined ? -Infinity : Number(minInclusive);
    const maxNum = maxInclusive === undefined ? Infinity : Number(maxInclusive);
    const hasSteps = steps.length > 0;
    return {
      type: t, base, label, id, cacheable: false,
      parse: (raw) => {
        // fast path: up to 15 plain digits (exact in a double), no sign, no blanks
        const n = raw.length;
        if (n > 0 && n <= 15) {
          let plain = true;
          for (let k = 0; k < n; k++) {
            const c = raw.charCodeAt(k);
            if (c < 0x30 || c > 0x39) { plain = false; break; }
          }
          if (plain) {
            const num = Number(raw);
            return num >= minNum && num <= maxNum && (!hasSteps || stepsOk(raw)) ? num : INVALID;
          }
        }
        const v = collapse(raw);
        const l = lex(v);
        if (!l || !inRange(l.digits, l.negative) || !stepsOk(v)) return INVALID;
        if (l.digits === '') return 0;
        const num = Number(l.digits);
        return l.negative ? -num : num;
      },
      explain: (raw) => {
        const v = collapse(raw);
        const l = lex(v);
        if (!l) return `${quote(v)} is not a valid integer (${label}): expected digits with an optional sign`;
        const fp = facetProblem(v, quote(v));
        if (fp) return fp;
        if (!inRange(l.digits, l.negative)) {
          const num = (l.negative ? '-' : '') + (l.digits || '0');
          const value = (l.negative ? -1n : 1n) * BigInt(l.digits || '0');
          if (minInclusive !== undefined && value < minInclusive) {
            return `the value ${num} is less than the minimum ${minInclusive} of ${label} (facet minInclusive)`;
          }
          return `the value ${num} is greater than the maximum ${maxInclusive} of ${label} (facet maxInclusive)`;
        }
        return `the value ${quote(v)} is valid`;
      },
    };
  }

  const lexical = base === 'date' ? dateProblem : timeProblem;
  const what = base === 'date' ? 'date (YYYY-MM-DD)' : 'time (hh:mm:ss)';
  const plain = base === 'date' ? isPlainDate : () => false;
  return {
    type: t, base, label, id, cacheable: true,
    parse: (raw) => {
      if (plain(raw)) return stepsOk(raw) ? raw : INVALID;
      const v = collapse(raw);
      return lexical(v) === undefined && stepsOk(v) ? v : INVALID;
    },
    explain: (raw) => {
      const v = collapse(raw);
      const p = lexical(v);
      if (p !== undefined) return `${quote(v)} is not a valid ${what} for ${label}: ${p}`;
      return facetProblem(v, quote(v)) ?? `the value ${quote(v)} is valid`;
    },
  };
}

// ---- xs:date / xs:time lexical spaces, as libxml2 (xmlschemastypes.c) checks them ----

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** libxml2 keeps years in a C long (32 bits in the WebAssembly build used as reference). */
const MAX_YEAR = 2147483647;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
};
const two = (s: string, i: number): number => {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};

/** Timezone at s[i..]: '' | 'Z' | (+|-)hh:mm within ±14:00. Returns a problem or undefined. */
function timezoneProblem(s: string, i: number): string | undefined {
  if (i === s.length) return undefined;
  const c = s[i];
  if (c === 'Z') return i + 1 === s.length ? undefined : 'unexpected text after the timezone';
  if (c !== '+' && c !== '-') return `unexpected '${s.slice(i)}' after the value`;
  const hh = two(s, i + 1);
  if (hh < 0 || s[i + 3] !== ':') return 'the timezone must be Z or (+|-)hh:mm';
  const mm = two(s, i + 4);
  if (mm < 0) return 'the timezone must be Z or (+|-)hh:mm';
  if (hh > 23 || mm > 59 || hh * 60 + mm > 840) return 'the timezone offset is out of range (at most 14:00)';
  return i + 6 === s.length ? undefined : 'unexpected text after the timezone';
}

/** Fast check for the usual form: a valid YYYY-MM-DD with a 4-digit year > 0, no timezone. */
function isPlainDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return false;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = two(s, 5);
  const day = two(s, 8);
  if (year === 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!);
}

/** Why `s` is not an xs:date (or undefined when it is one). */
export function dateProblem(s: string): string | undefined {
  let i = 0;
  if (s[0] === '-') i = 1;
  const start = i;
  while (digit(s, i) >= 0) i++;
  const nd = i - start;
  if (nd < 4) return 'the year must have at least 4 digits';
  if (nd > 4 && s[start] === '0') return 'a year of more than 4 digits cannot start with 0';
  if (nd > 10 || Number(s.slice(start, i)) > MAX_YEAR) return 'the year is out of range';
  const year = (s[0] === '-' ? -1 : 1) * Number(s.slice(start, i));
  if (year === 0) return 'year 0000 does not exist';
  if (s[i] !== '-') return 'expected - after the year';
  const month = two(s, i + 1);
  if (month < 0) return 'the month must have 2 digits';
  if (month < 1 || month > 12) return `month ${s.slice(i + 1, i + 3)} does not exist`;
  if (s[i + 3] !== '-') return 'expected - after the month';
  const day = two(s, i + 4);
  if (day < 0) return 'the day must have 2 digits';
  const max = month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!;
  if (day < 1 || day > max) {
    return day < 1 || day > 31 ? `day ${s.slice(i + 4, i + 6)} does not exist`
      : `${MONTHS[month - 1]} ${year} has ${max} days`;
  }
  return timezoneProblem(s, i + 6);
}

/** Why `s` is not an xs:time (or undefined when it is one). */
export function timeProblem(s: string): string | undefined {
  const hh = two(s, 0);
  if (hh < 0 || s[2] !== ':') return 'expected hh:mm:ss';
  const mm = two(s, 3);
  if (mm < 0 || s[5] !== ':') return 'expected hh:mm:ss';
  let sec = two(s, 6);
  if (sec < 0) return 'expected hh:mm:ss';
  let i = 8;
  if (s[i] === '.') {
    i++;
    if (digit(s, i) < 0) return 'expected digits after the decimal point';
    // the same floating-point accumulation as libxml2, so 59.9999... rounds the same way
    let mult = 1;
    while (digit(s, i) >= 0) { mult /= 10; sec += digit(s, i) * mult; i++; }
  }
  const ok = (hh <= 23 && mm <= 59 && sec < 60) || (hh === 24 && mm === 0 && sec === 0);
  if (!ok) return 'hours, minutes or seconds out of range';
  return timezoneProblem(s, i);
}
