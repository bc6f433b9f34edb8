/**
 * Serializes a typed message to iJw XML: UTF-8 declaration, prefixes jwNNN and ijw declared on
 * the root, CR/LF line ends and tab indentation (OP192), elements in model order.
 *
 * It never emits XML that the XSD would reject: every value goes through the same compiled
 * checkers as the parser uses, and the structure is checked against the model (required
 * elements, arrays for repeating elements, no unknown properties). Problems are collected and
 * thrown together as a BuildError.
 */
import { NS_BASIS, type MessageCode } from '../model/dsl.js';
import type { Berichten } from '../types.generated.js';
import { findIllegalChar, cpLabel } from './chars.js';
import { compiledMessage, type CComplex, type CParticle } from './compile.js';
import { INVALID, collapse, quote } from './simple.js';

export interface BuildProblem {
  /** XPath of the element (or property) at fault. */
  path: string;
  message: string;
}

export class BuildError extends Error {
  readonly errors: BuildProblem[];

  constructor(code: MessageCode, errors: BuildProblem[]) {
    const head = errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ');
    super(`Cannot build ${code}: ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${head}${errors.length > 5 ? '; ...' : ''}`);
    this.name = 'BuildError';
    this.errors = errors;
  }
}

const EOL = '\r\n';

export function buildMessage<C extends MessageCode>(code: C, bericht: Berichten[C]): string {
  const m = compiledMessage(code);
  const w = new Writer();
  w.out.push(
    `<?xml version="1.0" encoding="UTF-8"?>${EOL}`,
    `<${m.rootSeg} xmlns:ijw="${NS_BASIS}" xmlns:${m.prefix}="${m.ns}">${EOL}`,
  );
  w.segs.push(m.rootSeg);
  if (!isPlainObject(bericht)) w.problem(`expected an object for the ${code} Bericht, got ${describe(bericht)}`);
  else w.complexContent(m.root, bericht, 1);
  if (w.problems.length > 0) throw new BuildError(code, w.problems);
  w.out.push(`</${m.rootSeg}>${EOL}`);
  return w.out.join('');
}

/** Tag strings per particle and depth, made once: a large message reuses them 10,000s of times. */
const tagCache = new WeakMap<CParticle, { open: string[]; close: string[] }>();

function tags(p: CParticle, depth: number): { open: string; close: string } {
  let t = tagCache.get(p);
  if (!t) {
    t = { open: [], close: [] };
    tagCache.set(p, t);
  }
  let open = t.open[depth];
  if (open === undefined) {
    const indent = '\t'.repeat(depth);
    open = t.open[depth] = p.complex ? `${indent}<${p.seg}>${EOL}` : `${indent}<${p.seg}>`;
    t.close[depth] = p.complex ? `${indent}</${p.seg}>${EOL}` : `</${p.seg}>${EOL}`;
  }
  return { open, close: t.close[depth]! };
}

class Writer {
  readonly out: string[] = [];
  readonly problems: BuildProblem[] = [];
  /** The element path, as XPath steps; turned into a string only for a problem. */
  readonly segs: string[] = [];

  /** 1-based index per step of a repeating element (0: none). */
  readonly index: number[] = [];

  problem(message: string, last?: string): void {
    const steps = this.segs.map((seg, k) => (this.index[k] ? `${seg}[${this.index[k]}]` : seg));
    const path = '/' + steps.join('/') + (last === undefined ? '' : '/' + last);
    this.problems.push({ path, message });
  }

  complexContent(ct: CComplex, obj: Record<string, unknown>, depth: number): void {
    for (const key in obj) {
      if (Object.hasOwn(obj, key) && !ct.names.has(key)) {
        this.problem(`unknown property '${key}'; ${ct.type.name} has ${ct.particles.map((p) => p.name).join(', ')}`, key);
      }
    }
    for (const p of ct.particles) {
      const v = obj[p.name];
      if (v === undefined) {
        if (p.min === 1) this.problem(`required element ${p.name} is missing`, p.seg);
        continue;
      }
      if (p.many) {
        if (!Array.isArray(v)) {
          this.problem(`${p.name} repeats, so it must be an array, got ${describe(v)}`, p.seg);
          continue;
        }
        if (v.length === 0 && p.min === 1) {
          this.problem(`${p.name} needs at least one element (the array is empty)`, p.seg);
          continue;
        }
        this.segs.push(p.seg);
        const at = this.segs.length - 1;
        for (let k = 0; k < v.length; k++) {
          this.index[at] = k + 1;
          this.element(p, v[k], depth);
        }
        this.index[at] = 0;
        this.segs.pop();
      } else if (Array.isArray(v)) {
        this.problem(`${p.name} occurs once, so it cannot be an array`, p.seg);
      } else {
        this.segs.push(p.seg);
        this.element(p, v, depth);
        this.segs.pop();
      }
    }
  }

  element(p: CParticle, v: unknown, depth: number): void {
    if (p.complex) {
      if (!isPlainObject(v)) {
        this.problem(`expected an object for ${p.name} (${p.complex.type.name}), got ${describe(v)}`);
        return;
      }
      const t = tags(p, depth);
      this.out.push(t.open);
      this.complexContent(p.complex, v, depth + 1);
      this.out.push(t.close);
      return;
    }
    const text = lexical(p, v, this);
    if (text !== undefined) {
      const t = tags(p, depth);
      this.out.push(t.open, escapeText(text), t.close);
    }
  }
}

/** The lexical form of a simple value, or undefined (with a problem recorded). */
function lexical(p: CParticle, v: unknown, w: Writer): string | undefined {
  const checker = p.simple!;
  let text: string;
  if (checker.base === 'integer') {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      w.problem(`${p.name} (${checker.label}) must be an integer number, got ${describe(v)}`);
      return undefined;
    }
    text = String(v === 0 ? 0 : v); // -0 prints as 0 anyway; keep it explicit
  } else {
    if (typeof v !== 'string') {
      w.problem(`${p.name} (${checker.label}) must be a string, got ${describe(v)}`);
      return undefined;
    }
    text = v;
    if (checker.base !== 'string' && collapse(v) !== v) {
      w.problem(`${p.name}: ${quote(v)} has leading, trailing or repeated blanks; write the plain ${checker.base}`);
      return undefined;
    }
    const bad = findIllegalChar(v, 0, v.length);
    if (bad >= 0) {
      w.problem(`${p.name}: the character ${cpLabel(v.codePointAt(bad)!)} cannot be represented in XML`);
      return undefined;
    }
  }
  if (checker.parse(text) === INVALID) {
    w.problem(`${p.name}: ${checker.explain(text)}`);
    return undefined;
  }
  return text;
}

/** Escapes text content; CR becomes &#13; so that end-of-line handling cannot change it. */
function escapeText(s: string): string {
  if (!/[&<>\r]/.test(s)) return s;
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${quote(v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  return typeof v;
}
