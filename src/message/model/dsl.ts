/**
 * The declarative message model: every iJw 3.2 message is described once, here, and its XSD
 * (schemas/ijw-3.2), its TypeScript type (src/message/types.generated.ts) and its
 * validating parser and builder are all derived from this description.
 *
 * The model covers exactly the XSD subset the iJw standard uses: named complex types that are
 * a single xs:sequence of elements (minOccurs 0|1, maxOccurs 1|unbounded), and simple types
 * that restrict xs:string, xs:integer, xs:date or xs:time with length, range, pattern and
 * enumeration facets. Anything outside that subset cannot be expressed, so generators and
 * parsers never meet a construct they do not understand.
 */

export type BaseType = 'string' | 'integer' | 'date' | 'time';

/** One code of a code list (enumeration facet) with its official meaning. */
export interface Code {
  readonly value: string;
  readonly description: string;
}

export interface Facets {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Patterns of ONE derivation step: a value must match at least one (XSD semantics). */
  readonly patterns?: readonly string[];
  readonly enumeration?: readonly Code[];
  readonly minInclusive?: bigint;
  readonly maxInclusive?: bigint;
}

export interface SimpleType {
  readonly kind: 'simple';
  /** Name in basisschema (LDT_...), or undefined for an anonymous restriction in a message. */
  readonly name?: string;
  readonly base: BaseType;
  /** The named type this one restricts further (for anonymous restrictions), if any. */
  readonly restricts?: SimpleType;
  readonly facets: Facets;
  readonly documentation?: string;
}

export interface Particle {
  readonly name: string;
  readonly type: SimpleType | ComplexType;
  readonly minOccurs: 0 | 1;
  readonly maxOccurs: 1 | 'unbounded';
  readonly documentation?: string;
}

/** Which schema declares a complex type: its children live in that schema's namespace. */
export type Owner = 'basisschema' | MessageCode;

export interface ComplexType {
  readonly kind: 'complex';
  readonly name: string;
  readonly owner: Owner;
  readonly sequence: readonly Particle[];
  readonly documentation?: string;
}

export const MESSAGE_CODES = [
  'JW301', 'JW302', 'JW305', 'JW306', 'JW307', 'JW308', 'JW315',
  'JW316', 'JW317', 'JW318', 'JW319', 'JW320', 'JW323', 'JW325',
] as const;
export type MessageCode = (typeof MESSAGE_CODES)[number];

export interface MessageModel {
  readonly code: MessageCode;
  /** Numeric BerichtCode (COD002-VEKT), e.g. '490' for JW323. */
  readonly berichtCode: string;
  readonly documentation: string;
  /** The type of the root element `Bericht`. */
  readonly root: ComplexType;
}

export const NS_BASIS = 'http://www.istandaarden.nl/ijw/3_2/basisschema/schema';
export const messageNamespace = (code: MessageCode): string =>
  `http://www.istandaarden.nl/ijw/3_2/${code.toLowerCase()}/schema`;

/** Version facts of the schemas (XSD appinfo; IV034 copies these into XsdVersie). */
export const XSD_VERSION = {
  release: '3.2',
  basisschema: '0.1.0',
  bericht: '0.1.0',
} as const;

// ---- construction helpers used by the model files ----

export function simple(
  name: string | undefined,
  base: BaseType,
  facets: Facets,
  documentation?: string,
): SimpleType {
  return { kind: 'simple', name, base, facets, documentation };
}

/** An anonymous restriction of a named simple type, e.g. BerichtCode restricted to '490'. */
export function restrict(of: SimpleType, facets: Facets): SimpleType {
  return { kind: 'simple', base: of.base, restricts: of, facets };
}

export function codes(list: Record<string, string>): Code[] {
  return Object.entries(list).map(([value, description]) => ({ value, description }));
}

interface ElementOptions {
  readonly min?: 0 | 1;
  readonly max?: 1 | 'unbounded';
  readonly doc?: string;
}

export function el(name: string, type: SimpleType | ComplexType, opts: ElementOptions = {}): Particle {
  return {
    name,
    type,
    minOccurs: opts.min ?? 1,
    maxOccurs: opts.max ?? 1,
    documentation: opts.doc,
  };
}
export const opt = (name: string, type: SimpleType | ComplexType, doc?: string): Particle =>
  el(name, type, { min: 0, doc });
export const many = (name: string, type: SimpleType | ComplexType, doc?: string): Particle =>
  el(name, type, { max: 'unbounded', doc });

export function complex(
  owner: Owner,
  name: string,
  sequence: readonly Particle[],
  documentation?: string,
): ComplexType {
  return { kind: 'complex', owner, name, sequence, documentation };
}

/** All simple types a simple type derives from, most basic first (for facet checking). */
export function derivationChain(t: SimpleType): SimpleType[] {
  const chain: SimpleType[] = [];
  for (let s: SimpleType | undefined = t; s; s = s.restricts) chain.unshift(s);
  return chain;
}
