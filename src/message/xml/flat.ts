/**
 * Fast path for "flat" elements: a complex element whose whole subtree has no repeating
 * particle (a Prestatie, a Header, a CDT_Adres...) is matched by ONE sticky RegExp compiled from
 * the model, with one capture per simple value. The pattern only accepts the plain, common form:
 * blanks, start/end tags without attributes in the namespace prefixes of the current scope, and
 * values without references, CR, ']' or unusual characters. Anything else (or any value the
 * checkers reject) makes the parser take its general path for that element, which then reports
 * the exact errors; a match therefore means the subtree is valid exactly as the general path
 * would have found it.
 *
 * Backtracking stays linear: every blank run is followed by a literal '<', values cannot
 * contain '<', and there is no nested repetition.
 */
import type { CComplex, CParticle } from './compile.js';
import { INVALID, type SimpleChecker, type SimpleValue } from './simple.js';

export type FlatStep =
  | { readonly kind: 'simple'; readonly name: string; readonly group: number; readonly checker: SimpleChecker }
  | {
    readonly kind: 'complex'; readonly name: string;
    /** Capture that is '' when an optional complex child is present, undefined when absent. */
    readonly marker: number | undefined;
    readonly steps: readonly FlatStep[];
  };

/**
 * Builds the typed object from a match: values through their checkers (INVALID if one fails),
 * nested objects recorded in (nodes, parents, fields) so that lineOf can locate them later.
 */
export type FlatBuilder = (
  m: RegExpExecArray, nodes: object[], parents: object[], fields: string[], caches: ValueCaches,
) => Record<string, unknown> | typeof INVALID;

/** Per-parse caches of checked values, by checker id (only for cacheable checkers). */
export type ValueCaches = (Map<string, SimpleValue> | undefined)[];

export interface FlatPlan {
  readonly steps: readonly FlatStep[];
  readonly build: FlatBuilder;
  /** Regex source for given prefixes (with colon) of the message and basisschema namespaces. */
  source(pcOf: (nsId: number) => string): string;
}

const BLANKS = '[\\t\\n\\r ]{0,200}';
// a value: no markup, no reference, no CR (needs normalization), no ']' (']]>' check), no
// control character, surrogate or U+FFFE/FFFF; at most 4096 units (libxml2's size limits
// stay with the general path)
const VALUE = '([^<&\\]\\r\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ud800-\\udfff\\ufffe\\uffff]{0,4096})';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');

const plans = new WeakMap<CParticle, FlatPlan>();

/** The plan for a particle of flat complex type: the element with its tags and leading blanks. */
export function flatPlan(p: CParticle): FlatPlan {
  let plan = plans.get(p);
  if (plan) return plan;
  let group = 0;
  const stepsOf = (ct: CComplex): FlatStep[] =>
    ct.particles.map((q): FlatStep => {
      if (q.simple) return { kind: 'simple', name: q.name, group: ++group, checker: q.simple };
      const marker = q.min === 0 ? ++group : undefined;
      return { kind: 'complex', name: q.name, marker, steps: stepsOf(q.complex!) };
    });
  const steps = stepsOf(p.complex!);
  const sourceOf = (ct: CComplex, pcOf: (nsId: number) => string): string => {
    let out = '';
    for (const q of ct.particles) {
      const tag = esc(pcOf(q.nsId) + q.name);
      const inner = q.simple ? VALUE : sourceOf(q.complex!, pcOf) + BLANKS;
      const el = `${BLANKS}<${tag}>${inner}<\\/${tag}>`;
      out += q.min === 0 ? (q.simple ? `(?:${el})?` : `(?:()${el})?`) : el;
    }
    return out;
  };
  plan = {
    steps,
    build: compileBuilder(steps),
    source: (pcOf) => {
      const tag = esc(pcOf(p.nsId) + p.name);
      return `${BLANKS}<${tag}>${sourceOf(p.complex!, pcOf)}${BLANKS}<\\/${tag}>`;
    },
  };
  plans.set(p, plan);
  return plan;
}

/**
 * Generates the builder for a plan: straight-line code with literal property names, so the
 * objects get one stable shape and no keyed stores (much faster than a generic loop).
 */
function compileBuilder(steps: readonly FlatStep[]): FlatBuilder {
  const checkers: SimpleChecker[] = [];
  let code = '';
  let tmp = 0;
  const key = (name: string): string => JSON.stringify(name);
  // values first (any INVALID aborts before an object exists)
  const values = (list: readonly FlatStep[]): void => {
    for (const st of list) {
      if (st.kind === 'simple') {
        const c = checkers.push(st.checker) - 1;
        const g = st.group;
        code += `const r${g} = m[${g}]; let v${g};\n`;
        if (st.checker.cacheable) {
          const id = st.checker.id;
          code += `if (r${g} !== undefined) { const k = V[${id}] ?? (V[${id}] = new Map()); v${g} = k.get(r${g});`
            + ` if (v${g} === undefined) { v${g} = C[${c}].parse(r${g}); if (v${g} === X) return X; k.set(r${g}, v${g}); } }\n`;
        } else {
          code += `if (r${g} !== undefined) { v${g} = C[${c}].parse(r${g}); if (v${g} === X) return X; }\n`;
        }
      } else {
        values(st.steps);
      }
    }
  };
  // then objects, children before parents; returns the variable holding the object
  const object = (list: readonly FlatStep[]): string => {
    const o = `o${tmp++}`;
    const children = new Map<FlatStep, string>();
    for (const st of list) {
      if (st.kind === 'complex') {
        if (st.marker !== undefined) {
          const v = `c${tmp++}`;
          code += `let ${v}; if (m[${st.marker}] !== undefined) {\n`;
          const inner = object(st.steps);
          code += `${v} = ${inner}; }\n`;
          children.set(st, v);
        } else {
          children.set(st, object(st.steps));
        }
      }
    }
    code += `const ${o} = {};\n`;
    for (const st of list) {
      const v = st.kind === 'simple' ? `v${st.group}` : children.get(st)!;
      const optional = st.kind === 'simple' || st.marker !== undefined;
      const store = `${o}[${key(st.name)}] = ${v};`
        + (st.kind === 'complex' ? ` N.push(${v}); P.push(${o}); F.push(${key(st.name)});` : '');
      code += optional ? `if (${v} !== undefined) { ${store} }\n` : `${store}\n`;
    }
    return o;
  };
  values(steps);
  const root = object(steps);
  code += `return ${root};\n`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function('C', 'X', `return function build(m, N, P, F, V) {\n${code}};`) as
    (c: SimpleChecker[], x: typeof INVALID) => FlatBuilder;
  return make(checkers, INVALID);
}
