/**
 * The model compiled for the parser and the builder: per complex type its particles with their
 * namespace ids, path segments and compiled simple-type checkers. Compiled once per type
 * (lazily, cached by object identity); everything here is immutable after compilation, so
 * concurrent and nested parses share it safely.
 */
import {
  MESSAGE_CODES, NS_BASIS, messageNamespace, type ComplexType, type MessageCode, type Particle,
} from '../model/dsl.js';
import { MODELS } from '../model/index.js';
import { simpleChecker, type SimpleChecker } from './simple.js';

export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Namespace ids: no namespace, unknown, the basisschema, xsi, xml, and 100+k for message k. */
export const NSID_NONE = -1;
export const NSID_OTHER = 0;
export const NSID_BASIS = 2;
export const NSID_XSI = 3;
export const NSID_XML = 4;
export const NSID_MESSAGE_BASE = 100;

const NS_IDS: ReadonlyMap<string, number> = new Map<string, number>([
  [NS_BASIS, NSID_BASIS],
  [XSI_NS, NSID_XSI],
  [XML_NS, NSID_XML],
  ...MESSAGE_CODES.map((c, k): [string, number] => [messageNamespace(c), NSID_MESSAGE_BASE + k]),
]);

export const nsIdOf = (uri: string): number => NS_IDS.get(uri) ?? NSID_OTHER;
export const messageNsId = (code: MessageCode): number => NSID_MESSAGE_BASE + MESSAGE_CODES.indexOf(code);
export const codeOfNsId = (id: number): MessageCode | undefined =>
  id >= NSID_MESSAGE_BASE ? MESSAGE_CODES[id - NSID_MESSAGE_BASE] : undefined;

/** Path prefix of a namespace in error paths: jwNNN for a message, ijw for the basisschema. */
export const pathPrefix = (nsId: number): string | undefined =>
  nsId === NSID_BASIS ? 'ijw' : nsId >= NSID_MESSAGE_BASE ? MESSAGE_CODES[nsId - NSID_MESSAGE_BASE]!.toLowerCase() : undefined;

export interface CParticle {
  /** Unique over all compiled types: the parser keys its per-call tag caches on it. */
  readonly id: number;
  readonly particle: Particle;
  readonly name: string;
  readonly nsId: number;
  readonly ns: string;
  readonly min: 0 | 1;
  readonly many: boolean;
  /** 'jw323:Prestatie' / 'ijw:Bsn', the XPath step without index. */
  readonly seg: string;
  readonly simple?: SimpleChecker;
  readonly complex?: CComplex;
  /** Complex type without repeating particles anywhere below: the parser's regex fast path. */
  readonly flat: boolean;
  /** The named type an xsi:type may name (none for anonymous restrictions). */
  readonly typeNsId?: number;
  readonly typeName?: string;
}

export interface CComplex {
  readonly type: ComplexType;
  readonly nsId: number;
  readonly particles: readonly CParticle[];
  /** Property names allowed on the typed object (for the builder). */
  readonly names: ReadonlySet<string>;
}

export interface CMessage {
  readonly code: MessageCode;
  readonly nsId: number;
  readonly ns: string;
  readonly prefix: string;
  readonly root: CComplex;
  readonly rootSeg: string;
}

const isFlat = (ct: CComplex): boolean => ct.particles.every((p) => !p.many && (!p.complex || p.flat));

const ownerNsId = (t: ComplexType): number => (t.owner === 'basisschema' ? NSID_BASIS : messageNsId(t.owner));
const ownerNs = (t: ComplexType): string => (t.owner === 'basisschema' ? NS_BASIS : messageNamespace(t.owner));

const complexCache = new WeakMap<ComplexType, CComplex>();
let nextParticleId = 0;
/** Number of particle ids handed out so far (ids are 0 .. particleCount()-1). */
export const particleCount = (): number => nextParticleId;

export function compileComplex(t: ComplexType): CComplex {
  const hit = complexCache.get(t);
  if (hit) return hit;
  const nsId = ownerNsId(t);
  const ns = ownerNs(t);
  const particles: CParticle[] = [];
  const names = new Set<string>();
  for (const p of t.sequence) {
    if (names.has(p.name)) throw new Error(`${t.name}: element ${p.name} occurs twice in one sequence`);
    names.add(p.name);
    const base = {
      id: nextParticleId++,
      particle: p, name: p.name, nsId, ns, min: p.minOccurs, many: p.maxOccurs === 'unbounded',
      seg: `${pathPrefix(nsId)}:${p.name}`,
    };
    if (p.type.kind === 'simple') {
      particles.push({
        ...base,
        flat: false,
        simple: simpleChecker(p.type),
        ...(p.type.name ? { typeNsId: NSID_BASIS, typeName: p.type.name } : {}),
      });
    } else {
      const complex = compileComplex(p.type);
      particles.push({
        ...base,
        flat: isFlat(complex),
        complex,
        typeNsId: ownerNsId(p.type),
        typeName: p.type.name,
      });
    }
  }
  const c: CComplex = { type: t, nsId, particles, names };
  complexCache.set(t, c);
  return c;
}

const messageCache = new Map<MessageCode, CMessage>();

export function compiledMessage(code: MessageCode): CMessage {
  let m = messageCache.get(code);
  if (!m) {
    const prefix = code.toLowerCase();
    m = {
      code,
      nsId: messageNsId(code),
      ns: messageNamespace(code),
      prefix,
      root: compileComplex(MODELS[code].root),
      rootSeg: `${prefix}:Bericht`,
    };
    messageCache.set(code, m);
  }
  return m;
}
