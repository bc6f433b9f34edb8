/**
 * The single-pass validating parser: one scan over the decoded message that checks XML
 * well-formedness, validates against the iJw XSD (CL1) exactly as libxml2 does with our schemas,
 * and builds the typed message object at the same time. No DOM; the validator is the message
 * model compiled to per-type checkers (compile.ts, simple.ts).
 *
 * Speed comes from three fast paths, each of which only ever accepts what the general path would
 * accept and otherwise falls back to it (which then reports the exact errors):
 *  - a subtree without repeating elements is matched by one regex compiled from the model
 *    (flat.ts) and built by generated straight-line code;
 *  - "blanks + start tag" and "blanks + end tag" strings, as this document writes them, are
 *    remembered per particle and namespace scope, so a tag costs one native startsWith;
 *  - date and time values are checked once per distinct value per message.
 * The general path scans with indexOf/charCodeAt and never uses a regex per character.
 *
 * Well-formedness errors are fatal (the first one is reported alone, as libxml2 would). XSD errors
 * are collected (up to maxErrors); after a structural error in a complex element the rest of that
 * element is only checked for well-formedness.
 *
 * Deliberate difference from libxml2: an XML declaration with an encoding other than UTF-8 is a
 * well-formedness error (libxml2 would transcode the string); intake refuses it anyway (OP192).
 */
import { MESSAGE_CODES, type MessageCode } from '../model/dsl.js';
import type { Berichten } from '../types.generated.js';
import {
  CH_AMP, CH_LT, asciiNameClass, cpLabel, isNameCp, isNameStartCp, isValidNamespaceUri, isWs, isXmlCharCp,
  utf8Length,
} from './chars.js';
import {
  NSID_BASIS, NSID_NONE, NSID_XML, NSID_XSI, XMLNS_NS, XML_NS, codeOfNsId, compiledMessage, nsIdOf, particleCount, pathPrefix,
  type CComplex, type CParticle,
} from './compile.js';
import { LineIndex } from './lines.js';
import { INVALID, quote } from './simple.js';
import { flatPlan, type ValueCaches } from './flat.js';

export interface XmlError {
  kind: 'wellformedness' | 'xsd';
  /** 1-based line in the input. */
  line: number;
  /** XPath of the element, e.g. /jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[2]/jw323:Bsn */
  path?: string;
  /** Local name of the offending element. */
  element?: string;
  /** Why, naming the element, the value and the facet or expectation. */
  message: string;
}

/** A parsed message; a union over the codes, so that checking `code` narrows `bericht`. */
export type ParsedMessage = {
  [C in MessageCode]: {
    ok: true;
    code: C;
    bericht: Berichten[C];
    /** Line of a typed node (an object inside `bericht`), or of its child element `field`. */
    lineOf(node: object, field?: string): number | undefined;
  };
}[MessageCode];

export type ParseResult = ParsedMessage | { ok: false; code?: MessageCode; errors: XmlError[] };

export interface ParseOptions {
  /** The message the caller expects; any other message is an error. */
  expect?: MessageCode;
  /** Stop after this many errors (default 100). */
  maxErrors?: number;
}

// libxml2's resource limits (without XML_PARSE_HUGE), so that the verdicts stay the same at the
// edges: a text node or comment of more than 10,000,000 bytes, a CDATA section or PI of more
// than 9,999,995, a name of more than 50,000. libxml2's limit for blanks outside the root
// depends on its buffer position; the values used here are the measured ones for small prologs.
const TEXT_NODE_MAX = 10_000_000;
const COMMENT_MAX = 10_000_000;
const PI_CDATA_MAX = 9_999_995;
const NAME_MAX = 50_000;
const ATTR_VALUE_MAX = 10_000_000;
const PROLOG_BLANKS_MAX = 10_000_000;
const EPILOG_BLANKS_MAX = 9_999_900;

const DEFAULT_MAX_ERRORS = 100;
/** Up to this many namespace bindings in scope a linear lookup is fastest. */
const FEW_BINDINGS = 16;
/** With more bindings than this in scope the flat fast path is not used (it scans them). */
const FLAT_MAX_BINDINGS = 64;

class WellFormednessError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}
class ErrorLimitReached extends Error {}

interface RawError {
  kind: 'wellformedness' | 'xsd';
  offset: number;
  path?: string;
  element?: string;
  message: string;
}

interface Attr {
  qname: string;
  prefix: string;
  local: string;
  value: string;
  offset: number;
  nsId: number;
  uri: string;
}

type Obj = Record<string, unknown>;

export function parseMessage(xml: string, opts: ParseOptions = {}): ParseResult {
  const p = new Parser(xml, opts);
  return p.run();
}

class Parser {
  private readonly s: string;
  private readonly n: number;
  private pos = 0;
  private readonly maxErrors: number;
  private readonly expect: MessageCode | undefined;
  private readonly errors: RawError[] = [];
  private code: MessageCode | undefined;

  // namespace bindings in scope, innermost last
  private bPrefix: string[] = ['xml'];
  private bUri: string[] = [XML_NS];
  private bId: number[] = [NSID_XML];
  /** The prefix with its colon ('' for the default namespace), for fast name matching. */
  private bPc: string[] = ['xml:'];
  private bTop = 1;
  /** Binding indexes per prefix (innermost last): lookups stay O(1) with many declarations. */
  private readonly byPrefix = new Map<string, number[]>([['xml', [0]]]);

  // the element path, for error messages
  private readonly segs: string[] = [];
  private readonly idxs: number[] = [];
  private depth = 0;

  // typed nodes and the offset of their start tag, for lineOf
  private readonly nodes: object[] = [];
  private readonly offsets: number[] = [];

  // the start tag just read by startTag()
  private tNameStart = 0;
  private tNameEnd = 0;
  private tLocalStart = 0;
  private tNsId = NSID_NONE;
  private tSelfClosing = false;
  private tAttrs: Attr[] | null = null;

  // Per-call caches of tags as they appear in this document, by particle id, valid while the
  // namespace scope is unchanged (`scope` changes whenever a binding is pushed or popped).
  private scope = 0;
  private qOpen: string[] = [];
  private qOpenScope: number[] = [];
  private qOpenLt: number[] = [];
  private qEnd: string[] = [];
  private qClose: string[] = [];
  private qCloseScope: number[] = [];
  private qCloseEnd: string[] = [];
  private flatRe: (RegExp | undefined)[] = [];
  private flatReScope: number[] = [];
  private readonly flatReByKey = new Map<string, RegExp>();
  private messageNsId = NSID_NONE;

  private readonly valueCaches: ValueCaches = [];

  // objects built by the flat fast path below a flat element: located on demand by lineOf
  private readonly lazyNodes: object[] = [];
  private readonly lazyParents: object[] = [];
  private readonly lazyFields: string[] = [];

  // set by scanName()
  private nColon = -1;

  constructor(xml: string, opts: ParseOptions) {
    this.s = xml;
    this.n = xml.length;
    this.maxErrors = Math.max(1, opts.maxErrors ?? DEFAULT_MAX_ERRORS);
    this.expect = opts.expect;
  }

  run(): ParseResult {
    let root: Obj | undefined;
    try {
      root = this.document();
    } catch (e) {
      if (e instanceof WellFormednessError) {
        return this.failure([{ kind: 'wellformedness', offset: e.offset, message: e.message }]);
      }
      if (!(e instanceof ErrorLimitReached)) throw e;
    }
    if (this.errors.length > 0 || !root || !this.code) return this.failure(this.errors);
    const lines = new LineIndex(this.s);
    const { nodes, offsets, s, lazyNodes, lazyParents, lazyFields } = this;
    let byNode: Map<object, number> | undefined;
    let lazy: Map<object, number> | undefined;
    const offsetOf = (node: object): number | undefined => {
      if (!byNode || !lazy) {
        byNode = new Map();
        for (let k = 0; k < nodes.length; k++) byNode.set(nodes[k]!, offsets[k]!);
        lazy = new Map();
        for (let k = 0; k < lazyNodes.length; k++) lazy.set(lazyNodes[k]!, k);
      }
      const at = byNode.get(node);
      if (at !== undefined) return at;
      const k = lazy.get(node);
      if (k === undefined) return undefined;
      const parentAt = offsetOf(lazyParents[k]!);
      const found = parentAt === undefined ? -1 : findChild(s, parentAt, lazyFields[k]!);
      if (found < 0) return undefined;
      byNode.set(node, found);
      return found;
    };
    return {
      ok: true,
      code: this.code,
      bericht: root as unknown as Berichten[MessageCode],
      lineOf(node: object, field?: string): number | undefined {
        const at = offsetOf(node);
        if (at === undefined) return undefined;
        if (field === undefined) return lines.lineOf(at);
        const child = findChild(s, at, field);
        return child < 0 ? undefined : lines.lineOf(child);
      },
    } as ParsedMessage;
  }

  private failure(raw: RawError[]): ParseResult {
    const lines = new LineIndex(this.s);
    const errors = raw.map((e): XmlError => {
      const out: XmlError = { kind: e.kind, line: lines.lineOf(e.offset), message: e.message };
      if (e.path !== undefined) out.path = e.path;
      if (e.element !== undefined) out.element = e.element;
      return out;
    });
    return this.code ? { ok: false, code: this.code, errors } : { ok: false, errors };
  }

  // ---------------------------------------------------------------- errors

  private wf(offset: number, message: string): never {
    throw new WellFormednessError(offset, message);
  }

  private xsd(offset: number, element: string | undefined, message: string, path = this.path()): void {
    const e: RawError = { kind: 'xsd', offset, message, path };
    if (element !== undefined) e.element = element;
    this.errors.push(e);
    if (this.errors.length >= this.maxErrors) throw new ErrorLimitReached();
  }

  private path(): string {
    let p = '';
    for (let k = 0; k < this.depth; k++) {
      p += '/' + this.segs[k];
      const ix = this.idxs[k]!;
      if (ix > 0) p += `[${ix}]`;
    }
    return p;
  }

  private pushSeg(seg: string, index: number): void {
    this.segs[this.depth] = seg;
    this.idxs[this.depth] = index;
    this.depth++;
  }

  /** Display name of the current tag: jw323:X / ijw:X whatever prefix the input used. */
  private tagSeg(): string {
    const local = this.s.slice(this.tLocalStart, this.tNameEnd);
    const prefix = pathPrefix(this.tNsId);
    return prefix ? `${prefix}:${local}` : this.s.slice(this.tNameStart, this.tNameEnd);
  }

  private tagLocal(): string {
    return this.s.slice(this.tLocalStart, this.tNameEnd);
  }

  private nsLabel(nsId: number): string {
    return nsId === NSID_NONE ? 'no namespace' : `namespace ${this.tagUri()}`;
  }

  private tagUri(): string {
    const k = this.lookupPrefix(this.tNameStart, this.nColonOf());
    return k >= 0 ? this.bUri[k]! : '';
  }

  private nColonOf(): number {
    return this.tLocalStart > this.tNameStart ? this.tLocalStart - 1 : this.tNameStart;
  }

  // ---------------------------------------------------------------- document

  private document(): Obj | undefined {
    const s = this.s;
    if (this.n === 0) this.wf(0, 'The document is empty.');
    if (s.charCodeAt(0) === 0xfeff) this.pos = 1; // a decoded BOM; intake refuses BOMs before this
    if (s.startsWith('<?xml', this.pos) && isWs(s.charCodeAt(this.pos + 5))) this.xmlDeclaration();
    this.misc(true);
    if (this.pos >= this.n) this.wf(this.n, 'No root element: the document has no element.');
    return this.rootElement();
  }

  private xmlDeclaration(): void {
    const s = this.s;
    const start = this.pos;
    let i = this.pos + 5;
    const ws = (): boolean => {
      const i0 = i;
      while (isWs(s.charCodeAt(i))) i++;
      return i > i0;
    };
    const pseudo = (name: string): string | undefined => {
      if (!s.startsWith(name, i)) return undefined;
      i += name.length;
      ws();
      if (s.charCodeAt(i) !== 0x3d) this.wf(i, `XML declaration: expected '=' after ${name}.`);
      i++;
      ws();
      const q = s.charCodeAt(i);
      if (q !== 0x22 && q !== 0x27) this.wf(i, `XML declaration: the value of ${name} must be quoted.`);
      const end = s.indexOf(q === 0x22 ? '"' : "'", i + 1);
      const gt = s.indexOf('?>', i + 1);
      if (end < 0 || (gt >= 0 && gt < end)) this.wf(i, `XML declaration: the value of ${name} is not closed.`);
      const v = s.slice(i + 1, end);
      i = end + 1;
      return v;
    };
    ws();
    const version = pseudo('version');
    if (version === undefined) this.wf(i, "XML declaration: 'version' expected first.");
    if (!/^1\.[0-9]*$/.test(version)) this.wf(start, `XML declaration: unsupported XML version '${version}'.`);
    let hadWs = ws();
    if (s.startsWith('encoding', i)) {
      if (!hadWs) this.wf(i, 'XML declaration: blank needed before encoding.');
      const enc = pseudo('encoding')!;
      if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(enc)) this.wf(start, `XML declaration: invalid encoding name '${enc}'.`);
      if (enc.toUpperCase() !== 'UTF-8') {
        this.wf(start, `XML declaration: encoding '${enc}' is not supported; iJw messages are UTF-8 (OP192).`);
      }
      hadWs = ws();
    }
    if (s.startsWith('standalone', i)) {
      if (!hadWs) this.wf(i, 'XML declaration: blank needed before standalone.');
      const sa = pseudo('standalone')!;
      if (sa !== 'yes' && sa !== 'no') this.wf(start, `XML declaration: standalone must be 'yes' or 'no', not '${sa}'.`);
      ws();
    }
    if (!s.startsWith('?>', i)) this.wf(i, "XML declaration: '?>' expected.");
    this.pos = i + 2;
  }

  /** Comments, PIs and blanks before (prolog) or after (epilog) the root element. */
  private misc(prolog: boolean): void {
    const s = this.s;
    for (;;) {
      let i = this.pos;
      const i0 = i;
      while (isWs(s.charCodeAt(i))) i++;
      if (i - i0 > (prolog ? PROLOG_BLANKS_MAX : EPILOG_BLANKS_MAX)) {
        this.wf(i0, 'Resource limit exceeded: more than 10,000,000 blank characters outside the root element.');
      }
      this.pos = i;
      if (i >= this.n) return;
      if (s.charCodeAt(i) !== CH_LT) {
        if (prolog) this.wf(i, 'Start tag expected: text is not allowed before the root element.');
        this.wf(i, 'Extra content at the end of the document: only comments and processing instructions may follow the root element.');
      }
      const c2 = s.charCodeAt(i + 1);
      if (c2 === 0x21) {
        if (s.startsWith('<!--', i)) { this.comment(); continue; }
        if (s.startsWith('<!DOCTYPE', i)) this.wf(i, 'A document type declaration (<!DOCTYPE) is not allowed.');
        if (prolog) this.wf(i, `Start tag expected: '${s.slice(i, i + 9)}' is not allowed before the root element.`);
        this.wf(i, 'Extra content at the end of the document.');
      }
      if (c2 === 0x3f) { this.pi(); continue; }
      if (prolog) return; // the root element
      this.wf(i, 'Extra content at the end of the document: a second root element is not allowed.');
    }
  }

  private rootElement(): Obj | undefined {
    const s = this.s;
    const lt = this.pos;
    if (!this.isNameStartAt(lt + 1)) this.wf(lt, 'Start tag expected: invalid element name.');
    const top = this.bTop;
    this.startTag();
    const local = this.tagLocal();
    const code = local === 'Bericht' ? codeOfNsId(this.tNsId) : undefined;
    const nameStart = this.tNameStart;
    const nameEnd = this.tNameEnd;
    const selfClosing = this.tSelfClosing;
    let root: Obj | undefined;
    if (!code) {
      const found = this.tNsId === NSID_NONE ? `'${local}' in no namespace` : `'${local}' in namespace ${this.tagUri()}`;
      this.xsd(lt, local, `The root element ${found} is not an iJw 3.2 message; expected 'Bericht' in the namespace of one of ${MESSAGE_CODES.join(', ')} (http://www.istandaarden.nl/ijw/3_2/jwNNN/schema).`,
        '/' + this.tagSeg());
      if (!selfClosing) this.skipContent(nameStart, nameEnd);
    } else if (this.expect && code !== this.expect) {
      this.code = code;
      this.xsd(lt, local, `Expected a ${this.expect} message but this is a ${code} message (root element 'Bericht' in namespace ${this.tagUri()}).`,
        '/' + this.tagSeg());
      if (!selfClosing) this.skipContent(nameStart, nameEnd);
    } else {
      this.code = code;
      const m = compiledMessage(code);
      this.messageNsId = m.nsId;
      const np = particleCount();
      this.qOpen = new Array<string>(np).fill('');
      this.qOpenScope = new Array<number>(np).fill(-1);
      this.qOpenLt = new Array<number>(np).fill(0);
      this.qEnd = new Array<string>(np).fill('');
      this.qClose = new Array<string>(np).fill('');
      this.qCloseScope = new Array<number>(np).fill(-1);
      this.qCloseEnd = new Array<string>(np).fill('');
      this.flatRe = new Array<RegExp | undefined>(np).fill(undefined);
      this.flatReScope = new Array<number>(np).fill(-1);
      root = {};
      this.nodes.push(root);
      this.offsets.push(lt);
      this.pushSeg(m.rootSeg, 0);
      if (this.tAttrs) this.checkAttributes(lt, local, m.nsId, 'Root');
      if (selfClosing) this.checkComplete(m.root, 0, 0, lt);
      else this.complexContent(m.root, root, lt, nameStart, nameEnd, `</${s.slice(nameStart, nameEnd)}>`, -1);
      this.depth--;
    }
    this.restoreScope(top);
    this.misc(false);
    return root;
  }

  // ---------------------------------------------------------------- element content

  /**
   * Children of an element of complex type `ct`, from just after its start tag through its end
   * tag, filling `obj`. `end` is the element's end tag as it must appear ('</jw323:Header>'),
   * qs..qe its name in the input, `selfId` its particle id (-1 for the root).
   */
  private complexContent(ct: CComplex, obj: Obj, elStart: number, qs: number, qe: number, end: string, selfId: number): void {
    const s = this.s;
    const ps = ct.particles;
    const np = ps.length;
    const qOpen = this.qOpen;
    const qOpenScope = this.qOpenScope;
    let pi = 0; // current particle
    let count = 0; // occurrences of ps[pi]
    let textLen = 0; // current text node (blanks and character references), for the size limit
    for (;;) {
      const i0 = this.pos;
      const top = this.bTop;
      let found = -1;
      let lt = 0;
      let cle = 0;
      let childEnd = '';
      let flatValue: Obj | undefined;
      // Fast paths for a particle that may come next: a flat subtree matched by its regex
      // (flat.ts), or blanks + start tag exactly as last seen in this namespace scope, e.g.
      // "\r\n\t\t\t<jw323:Bsn>". Not after a character reference: the blanks could then
      // belong to a text node whose size must be counted.
      const scope = this.scope;
      for (let k = textLen === 0 ? pi : np; k < np; k++) {
        const p = ps[k]!;
        const saturated = k === pi && count > 0;
        if (p.flat && (!saturated || p.many)) {
          const re = this.flatRegex(p);
          if (re !== undefined) {
            re.lastIndex = i0;
            const m = re.exec(s);
            if (m !== null) {
              const mark = this.lazyNodes.length;
              const v = flatPlan(p).build(m, this.lazyNodes, this.lazyParents, this.lazyFields, this.valueCaches);
              if (v !== INVALID) {
                found = k;
                flatValue = v;
                lt = s.indexOf('<', i0);
                this.pos = re.lastIndex;
                break;
              }
              this.lazyNodes.length = this.lazyParents.length = this.lazyFields.length = mark;
            }
          }
        }
        if ((!saturated || p.many) && qOpenScope[p.id] === scope) {
          const q = qOpen[p.id]!;
          if (s.startsWith(q, i0)) {
            found = k;
            lt = i0 + this.qOpenLt[p.id]!;
            this.pos = i0 + q.length;
            cle = this.pos - 1;
            childEnd = this.qEnd[p.id]!;
            this.tSelfClosing = false;
            this.tAttrs = null;
            break;
          }
        }
        if (!saturated && p.min === 1) break;
      }
      if (found < 0) {
        // Fast path: blanks + this element's end tag as last seen.
        // (only for the same end tag: another prefix for the same namespace must not pass)
        if (selfId >= 0 && textLen === 0 && this.qCloseScope[selfId] === scope && this.qCloseEnd[selfId] === end) {
          const q = this.qClose[selfId]!;
          if (s.startsWith(q, i0)) {
            this.pos = i0 + q.length;
            break;
          }
        }
        // General path.
        let i = i0;
        let c = s.charCodeAt(i);
        while (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) c = s.charCodeAt(++i);
        this.pos = i;
        if (i > i0) {
          textLen += i - i0;
          if (textLen > TEXT_NODE_MAX) this.checkBlankNode(i0, i, textLen - (i - i0));
        }
        if (c !== CH_LT) {
          if (i >= this.n) this.wfEof(qs, qe);
          if (c === CH_AMP) {
            const at = i;
            const ch = this.reference();
            textLen += ch.length;
            if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') continue;
            this.xsd(at, this.localOf(qs, qe), `Element '${this.segs[this.depth - 1]}': text (${quote(ch)}) is not allowed; its content is elements only.`);
          } else {
            this.xsd(i, this.localOf(qs, qe), `Element '${this.segs[this.depth - 1]}': text (${quote(s.slice(i, Math.min(this.n, i + 20)).split('<')[0]!)}) is not allowed; its content is elements only.`);
          }
          this.skipContent(qs, qe);
          return;
        }
        const c2 = s.charCodeAt(i + 1);
        if (c2 === 0x2f) {
          if (s.startsWith(end, i)) {
            this.pos = i + end.length;
            if (selfId >= 0 && i - i0 <= 64 && textLen === i - i0) {
              this.qClose[selfId] = s.slice(i0, this.pos);
              this.qCloseScope[selfId] = scope;
              this.qCloseEnd[selfId] = end;
            }
          } else {
            this.endTag(elStart, qs, qe);
          }
          break;
        }
        textLen = 0;
        if (c2 === 0x21) {
          if (s.startsWith('<!--', i)) { this.comment(); continue; }
          if (s.startsWith('<![CDATA[', i)) {
            this.xsd(i, this.localOf(qs, qe), `Element '${this.segs[this.depth - 1]}': a CDATA section is not allowed; its content is elements only.`);
            this.skipContent(qs, qe);
            return;
          }
          this.wf(i, `Unexpected '${s.slice(i, i + 9)}' in element content.`);
        }
        if (c2 === 0x3f) { this.pi(); continue; }

        // a child element: any name, attributes, namespace declarations
        lt = i;
        this.startTag();
        const cls = this.tLocalStart;
        cle = this.tNameEnd;
        const cnsId = this.tNsId;
        const llen = cle - cls;
        for (let k = pi; k < np; k++) {
          const p = ps[k]!;
          const saturated = k === pi && count > 0;
          if ((!saturated || p.many) && p.nsId === cnsId && p.name.length === llen && s.startsWith(p.name, cls)) {
            found = k;
            break;
          }
          if (!saturated && p.min === 1) break;
        }
        if (found < 0) {
          this.unexpected(ct, pi, count, lt);
          if (!this.tSelfClosing) this.skipContent(this.tNameStart, this.tNameEnd);
          this.restoreScope(top);
          this.skipContent(qs, qe);
          return;
        }
        childEnd = `</${s.slice(lt + 1, cle)}>`;
        // remember "blanks + <qname>" for the next element of this particle in this scope
        if (this.tAttrs === null && this.bTop === top && !this.tSelfClosing && this.pos === cle + 1 && lt - i0 <= 64) {
          const id = ps[found]!.id;
          qOpen[id] = s.slice(i0, cle + 1);
          qOpenScope[id] = scope;
          this.qOpenLt[id] = lt - i0;
          this.qEnd[id] = childEnd;
        }
      }
      textLen = 0;
      if (found !== pi) { pi = found; count = 0; }
      count++;
      const p = ps[found]!;
      if (flatValue !== undefined) {
        this.nodes.push(flatValue);
        this.offsets.push(lt);
        if (p.many) {
          const arr = obj[p.name] as unknown[] | undefined;
          if (arr) arr.push(flatValue);
          else obj[p.name] = [flatValue];
        } else {
          obj[p.name] = flatValue;
        }
        continue;
      }
      this.pushSeg(p.seg, p.many ? count : 0);
      if (this.tAttrs) this.checkAttributes(lt, p.name, p.typeNsId, p.typeName);
      let value: unknown;
      if (p.simple) {
        value = this.tSelfClosing ? this.simpleValue(p, '', lt) : this.simpleContent(p, lt, lt + 1, cle, childEnd);
      } else {
        const child: Obj = {};
        this.nodes.push(child);
        this.offsets.push(lt);
        if (this.tSelfClosing) this.checkComplete(p.complex!, 0, 0, lt);
        else this.complexContent(p.complex!, child, lt, lt + 1, cle, childEnd, p.id);
        value = child;
      }
      this.depth--;
      this.restoreScope(top);
      if (value !== INVALID) {
        if (p.many) {
          const arr = obj[p.name] as unknown[] | undefined;
          if (arr) arr.push(value);
          else obj[p.name] = [value];
        } else {
          obj[p.name] = value;
        }
      }
    }
    this.checkComplete(ct, pi, count, elStart);
  }

  /** The flat-subtree regex of `p` for the current namespace scope (undefined: no fast path). */
  private flatRegex(p: CParticle): RegExp | undefined {
    if (this.flatReScope[p.id] === this.scope) return this.flatRe[p.id];
    let re: RegExp | undefined;
    if (this.bTop <= FLAT_MAX_BINDINGS) {
      const pcMessage = this.prefixOf(this.messageNsId);
      const pcBasis = this.prefixOf(NSID_BASIS);
      if (pcMessage !== undefined && pcBasis !== undefined) {
        // scopes change often in some documents (declarations on every element): reuse
        const key = `${p.id} ${pcMessage} ${pcBasis}`;
        re = this.flatReByKey.get(key);
        if (re === undefined) {
          re = new RegExp(flatPlan(p).source((nsId) => (nsId === NSID_BASIS ? pcBasis : pcMessage)), 'y');
          this.flatReByKey.set(key, re);
        }
      }
    }
    this.flatRe[p.id] = re;
    this.flatReScope[p.id] = this.scope;
    return re;
  }

  /** Prefix-with-colon that names namespace `nsId` in the current scope ('' for the default). */
  private prefixOf(nsId: number): string | undefined {
    for (let k = this.bTop - 1; k >= 0; k--) {
      if (this.bId[k] === nsId && this.bUri[k] !== '' && this.lookupPrefixString(this.bPrefix[k]!) === k) return this.bPc[k];
    }
    return undefined;
  }

  /** Reports the required children still missing when the element ends. */
  private checkComplete(ct: CComplex, pi: number, count: number, elStart: number): void {
    const ps = ct.particles;
    for (let k = pi; k < ps.length; k++) {
      const p = ps[k]!;
      if ((k === pi && count > 0) || p.min === 0) continue;
      const missing = ps.slice(k).filter((q) => q.min === 1).map((q) => q.seg);
      const el = this.segs[this.depth - 1]!;
      this.xsd(elStart, el.slice(el.indexOf(':') + 1),
        `Element '${el}' is incomplete: missing child element ${missing[0]}${missing.length > 1 ? ` (still required: ${missing.join(', ')})` : ''}.`);
      return;
    }
  }

  private unexpected(ct: CComplex, pi: number, count: number, lt: number): void {
    const ps = ct.particles;
    const expected: string[] = [];
    for (let k = pi; k < ps.length; k++) {
      const p = ps[k]!;
      const saturated = k === pi && count > 0;
      if (!saturated || p.many) expected.push(p.seg);
      if (!saturated && p.min === 1) break;
    }
    const seg = this.tagSeg();
    const local = this.tagLocal();
    const parent = this.segs[this.depth - 1]!;
    const expectation = expected.length
      ? `; expected ${expected.length > 1 ? 'one of ' : ''}${expected.join(', ')}`
      : '; no more child elements are allowed here';
    // same local name, other namespace: say so, that is the usual mistake
    const sameName = ps.find((p) => p.name === local);
    let why: string;
    if (sameName && sameName.nsId !== this.tNsId) {
      why = `Element '${this.s.slice(this.tNameStart, this.tNameEnd)}' (${this.nsLabel(this.tNsId)}) is in the wrong namespace: ${parent} expects ${sameName.seg} in namespace ${sameName.ns}.`;
    } else if (!sameName) {
      why = `Element '${seg}' is not allowed in ${parent}${expectation}.`;
    } else {
      why = `Element '${seg}' is not expected here (wrong order or repeated)${expectation}.`;
    }
    this.xsd(lt, local, why, this.path() + '/' + seg);
  }

  /** Text content of a simple-typed element through its end tag; returns the typed value. */
  private simpleContent(p: CParticle, lt: number, qs: number, qe: number, end: string): unknown {
    const s = this.s;
    const start = this.pos;
    const next = s.indexOf('<', start);
    if (next < 0) this.wfEof(qs, qe);
    let i = start;
    for (; i < next; i++) {
      const c = s.charCodeAt(i);
      if (c === CH_AMP || c === 0x5d || c === 0x0d || c >= 0xd800 || (c < 0x20 && c !== 0x09 && c !== 0x0a)) break;
    }
    if (i === next && s.charCodeAt(next + 1) === 0x2f) {
      const raw = s.slice(start, next);
      if (next - start > TEXT_NODE_MAX / 3 && utf8Length(raw) > TEXT_NODE_MAX) {
        this.wf(start, 'Resource limit exceeded: a text node of more than 10,000,000 bytes.');
      }
      if (s.startsWith(end, next)) {
        this.pos = next + end.length;
      } else {
        this.pos = next;
        this.endTag(lt, qs, qe);
      }
      return this.simpleValue(p, raw, lt);
    }
    return this.simpleContentSlow(p, lt, qs, qe);
  }

  /** The general case: references, CR, CDATA, comments, PIs or a (forbidden) child element. */
  private simpleContentSlow(p: CParticle, lt: number, qs: number, qe: number): unknown {
    const s = this.s;
    let out = '';
    let nodeStart = 0; // where the current text node starts in `out`
    let i = this.pos;
    for (;;) {
      // a run of character data
      let runStart = i;
      for (;;) {
        if (i >= this.n) this.wfEof(qs, qe);
        const c = s.charCodeAt(i);
        if (c === CH_LT) break;
        if (c === CH_AMP) {
          out += s.slice(runStart, i);
          this.pos = i;
          out += this.reference();
          i = runStart = this.pos;
          continue;
        }
        if (c === 0x0d) {
          out += s.slice(runStart, i) + '\n';
          i += s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
          runStart = i;
          continue;
        }
        if (c === 0x5d && s.startsWith(']]>', i)) this.wf(i, "The sequence ']]>' is not allowed in text content.");
        if (c < 0x20) {
          if (c !== 0x09 && c !== 0x0a) this.wf(i, `Invalid character ${cpLabel(c)} in text content.`);
        } else if (c >= 0xd800) {
          this.checkCharAt(i, 'text content');
          if (c <= 0xdbff) i++;
        }
        i++;
      }
      out += s.slice(runStart, i);
      if (out.length - nodeStart > TEXT_NODE_MAX / 3 && utf8Length(out.slice(nodeStart)) > TEXT_NODE_MAX) {
        this.wf(i, 'Resource limit exceeded: a text node of more than 10,000,000 bytes.');
      }
      this.pos = i;
      const c2 = s.charCodeAt(i + 1);
      if (c2 === 0x2f) {
        this.endTag(qs - 1, qs, qe);
        return this.simpleValue(p, out, lt);
      }
      if (c2 === 0x21 && s.startsWith('<!--', i)) {
        this.comment();
      } else if (c2 === 0x21 && s.startsWith('<![CDATA[', i)) {
        out += this.cdata();
      } else if (c2 === 0x3f) {
        this.pi();
      } else if (c2 === 0x21) {
        this.wf(i, `Unexpected '${s.slice(i, i + 9)}' in element content.`);
      } else {
        const el = this.segs[this.depth - 1]!;
        this.xsd(i, p.name, `Element '${el}' has a simple type (${p.simple!.label}) and cannot contain child elements.`);
        this.skipContent(qs, qe);
        return INVALID;
      }
      nodeStart = out.length;
      i = this.pos;
    }
  }

  private simpleValue(p: CParticle, raw: string, lt: number): unknown {
    const checker = p.simple!;
    const v = checker.parse(raw);
    if (v === INVALID) {
      this.xsd(lt, p.name, `Element '${this.segs[this.depth - 1]}': ${checker.explain(raw)}.`);
    }
    return v;
  }

  /**
   * Well-formedness-only scan of the rest of an element (after an XSD error there): through
   * the end tag matching qs..qe. Iterative, so deep nesting cannot exhaust the stack.
   */
  private skipContent(qs0: number, qe0: number): void {
    const s = this.s;
    // frames of [name start, name end, namespace bindings to restore]
    const stack: number[] = [qs0, qe0, this.bTop];
    // Only ever used after an XSD error, so only well-formedness matters here (the verdict is
    // already "invalid"; libxml2's size limits need not be mirrored).
    while (stack.length > 0) {
      let i = this.pos;
      for (;;) {
        if (i >= this.n) this.wfEof(stack[stack.length - 3]!, stack[stack.length - 2]!);
        const c = s.charCodeAt(i);
        if (c === CH_LT) break;
        if (c === CH_AMP) {
          this.pos = i;
          this.reference();
          i = this.pos;
          continue;
        }
        if (c === 0x5d && s.startsWith(']]>', i)) this.wf(i, "The sequence ']]>' is not allowed in text content.");
        if (c < 0x20) {
          if (c !== 0x09 && c !== 0x0a && c !== 0x0d) this.wf(i, `Invalid character ${cpLabel(c)} in text content.`);
        } else if (c >= 0xd800) {
          this.checkCharAt(i, 'text content');
          if (c <= 0xdbff) i++;
        }
        i++;
      }
      this.pos = i;
      const c2 = s.charCodeAt(i + 1);
      if (c2 === 0x2f) {
        const top = stack.length;
        this.endTag(stack[top - 3]! - 1, stack[top - 3]!, stack[top - 2]!);
        this.restoreScope(stack[top - 1]!);
        stack.length = top - 3;
        continue;
      }
      if (c2 === 0x21) {
        if (s.startsWith('<!--', i)) this.comment();
        else if (s.startsWith('<![CDATA[', i)) this.cdata();
        else this.wf(i, `Unexpected '${s.slice(i, i + 9)}' in element content.`);
        continue;
      }
      if (c2 === 0x3f) { this.pi(); continue; }
      if (!this.isNameStartAt(i + 1)) this.wf(i, 'Invalid element name.');
      const top = this.bTop;
      this.startTag();
      if (this.tSelfClosing) this.restoreScope(top);
      else stack.push(this.tNameStart, this.tNameEnd, top);
    }
  }

  private wfEof(qs: number, qe: number): never {
    this.wf(this.n, `Premature end of data: element '${this.s.slice(qs, qe)}' is not closed.`);
  }

  private localOf(qs: number, qe: number): string {
    const q = this.s.slice(qs, qe);
    return q.slice(q.indexOf(':') + 1);
  }

  // ---------------------------------------------------------------- tags

  private isNameStartAt(i: number): boolean {
    const c = this.s.charCodeAt(i);
    if (c < 0x80) return asciiNameClass(c) === 1;
    const cp = this.s.codePointAt(i);
    return cp !== undefined && isNameStartCp(cp);
  }

  /** Scans a Name at i; returns its end and sets nColon to the first colon (or -1). */
  private scanName(i: number, what: string): number {
    const s = this.s;
    const n = this.n;
    const start = i;
    let colon = -1;
    if (!this.isNameStartAt(i)) this.wf(i, `Invalid ${what} name.`);
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (asciiNameClass(c) === 0) break;
        if (c === 0x3a && colon < 0) colon = i;
        i++;
      } else {
        const cp = s.codePointAt(i)!;
        if (!isNameCp(cp)) break;
        i += cp > 0xffff ? 2 : 1;
      }
    }
    if (i - start > NAME_MAX / 3 && utf8Length(s.slice(start, i)) > NAME_MAX) {
      this.wf(start, `Name too long: a ${what} name of more than ${NAME_MAX} bytes.`);
    }
    this.nColon = colon;
    return i;
  }

  /** Checks that a Name with its first colon at `colon` is a QName (prefix:local or local). */
  private checkQName(start: number, end: number, colon: number, what: string): void {
    if (colon < 0) return;
    const s = this.s;
    if (colon === start || colon === end - 1 || s.indexOf(':', colon + 1) >= 0 && s.indexOf(':', colon + 1) < end
      || !this.isNameStartAt(colon + 1)) {
      this.wf(start, `Failed to parse QName '${s.slice(start, end)}' (${what}).`);
    }
  }

  /**
   * Reads a start tag at this.pos (a '<' followed by a name start) with its attributes; pushes
   * its namespace declarations and resolves the element's namespace.
   */
  private startTag(): void {
    const s = this.s;
    const lt = this.pos;
    const ns = lt + 1;
    const i = this.scanName(ns, 'element');
    const colon = this.nColon;
    this.checkQName(ns, i, colon, 'element name');
    this.tNameStart = ns;
    this.tNameEnd = i;
    this.tLocalStart = colon < 0 ? ns : colon + 1;
    this.tAttrs = null;
    const c = s.charCodeAt(i);
    if (c === 0x3e) {
      this.tSelfClosing = false;
      this.pos = i + 1;
    } else if (c === 0x2f && s.charCodeAt(i + 1) === 0x3e) {
      this.tSelfClosing = true;
      this.pos = i + 2;
    } else {
      this.attributes(i);
    }
    // the element's namespace
    if (colon >= 0) {
      const k = this.lookupPrefix(ns, colon);
      if (k < 0) this.wf(lt, `Namespace prefix '${s.slice(ns, colon)}' on element '${s.slice(ns, i)}' is not defined.`);
      this.tNsId = this.bId[k]!;
    } else {
      const k = this.lookupPrefix(ns, ns);
      this.tNsId = k < 0 || this.bUri[k] === '' ? NSID_NONE : this.bId[k]!;
    }
  }

  private lookupPrefix(start: number, end: number): number {
    if (this.bTop > FEW_BINDINGS) return this.lookupPrefixString(this.s.slice(start, end));
    const len = end - start;
    for (let k = this.bTop - 1; k >= 0; k--) {
      const p = this.bPrefix[k]!;
      if (p.length === len && this.s.startsWith(p, start)) return k;
    }
    return -1;
  }

  private lookupPrefixString(prefix: string): number {
    if (this.bTop > FEW_BINDINGS) {
      const stack = this.byPrefix.get(prefix);
      return stack && stack.length > 0 ? stack[stack.length - 1]! : -1;
    }
    for (let k = this.bTop - 1; k >= 0; k--) if (this.bPrefix[k] === prefix) return k;
    return -1;
  }

  private restoreScope(top: number): void {
    if (this.bTop !== top) {
      for (let k = this.bTop - 1; k >= top; k--) this.byPrefix.get(this.bPrefix[k]!)!.pop();
      this.bTop = top;
      this.scope++;
    }
  }

  private pushBinding(prefix: string, uri: string): void {
    this.scope++;
    const k = this.bTop++;
    const stack = this.byPrefix.get(prefix);
    if (stack) stack.push(k);
    else this.byPrefix.set(prefix, [k]);
    this.bPrefix[k] = prefix;
    this.bPc[k] = prefix === '' ? '' : prefix + ':';
    this.bUri[k] = uri;
    this.bId[k] = uri === '' ? NSID_NONE : nsIdOf(uri);
  }

  /** Attributes of the start tag whose name ends at i; leaves pos after '>' or '/>'. */
  private attributes(i: number): void {
    const s = this.s;
    const lt = this.pos;
    const raw: { qname: string; colon: number; value: string; offset: number }[] = [];
    const seen = new Set<string>();
    for (;;) {
      let c = s.charCodeAt(i);
      const i0 = i;
      while (isWs(c)) c = s.charCodeAt(++i);
      if (c === 0x3e) { this.tSelfClosing = false; i++; break; }
      if (c === 0x2f) {
        if (s.charCodeAt(i + 1) !== 0x3e) this.wf(i, "Start tag: expected '/>'.");
        this.tSelfClosing = true;
        i += 2;
        break;
      }
      if (i >= this.n) this.wf(lt, `Premature end of data in the start tag '${s.slice(lt + 1, Math.min(this.n, lt + 40))}'.`);
      if (i === i0) this.wf(i, 'Start tag: attributes must be separated by blanks.');
      const an = i;
      i = this.scanName(i, 'attribute');
      const colon = this.nColon;
      const qname = s.slice(an, i);
      while (isWs(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== 0x3d) this.wf(i, `Attribute '${qname}': '=' expected.`);
      i++;
      while (isWs(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q !== 0x22 && q !== 0x27) this.wf(i, `Attribute '${qname}': the value must be quoted.`);
      this.pos = i + 1;
      const value = this.attributeValue(q);
      i = this.pos;
      if (seen.has(qname)) this.wf(an, `Attribute '${qname}' is given twice.`);
      seen.add(qname);
      raw.push({ qname, colon: colon < 0 ? -1 : colon - an, value, offset: an });
      const after = s.charCodeAt(i);
      if (after !== 0x3e && after !== 0x2f && !isWs(after)) {
        if (i >= this.n) this.wf(lt, 'Premature end of data in a start tag.');
        this.wf(i, 'Start tag: attributes must be separated by blanks.');
      }
    }
    this.pos = i;
    const elName = s.slice(this.tNameStart, this.tNameEnd);
    // namespace declarations first: they apply to this element and its other attributes
    for (const a of raw) {
      const isDefault = a.qname === 'xmlns';
      if (!isDefault && !(a.colon === 5 && a.qname.startsWith('xmlns:'))) continue;
      if (!isDefault) this.checkAttrQName(a.qname, a.colon, a.offset);
      const prefix = isDefault ? '' : a.qname.slice(6);
      const v = a.value;
      if (prefix === 'xmlns') this.wf(a.offset, 'The xmlns prefix cannot be declared (xmlns:xmlns).');
      if (prefix === 'xml') {
        if (v !== XML_NS) this.wf(a.offset, `The xml prefix is bound to ${XML_NS} and cannot be rebound.`);
        continue; // already bound
      }
      if (v === XML_NS) this.wf(a.offset, `The XML namespace can only be bound to the prefix xml (${a.qname}).`);
      if (v === XMLNS_NS) this.wf(a.offset, `The xmlns namespace ${XMLNS_NS} cannot be declared (${a.qname}).`);
      if (v === '') {
        if (!isDefault) this.wf(a.offset, `${a.qname}: an empty namespace name is not allowed for a prefix.`);
      } else if (!isValidNamespaceUri(v)) {
        this.wf(a.offset, `${a.qname}: '${v.length > 80 ? v.slice(0, 77) + '...' : v}' is not a valid URI.`);
      }
      this.pushBinding(prefix, v);
    }
    let attrs: Attr[] | null = null;
    for (const a of raw) {
      if (a.qname === 'xmlns' || (a.colon === 5 && a.qname.startsWith('xmlns:'))) continue;
      this.checkAttrQName(a.qname, a.colon, a.offset);
      let nsId = NSID_NONE;
      let uri = '';
      const prefix = a.colon < 0 ? '' : a.qname.slice(0, a.colon);
      const local = a.colon < 0 ? a.qname : a.qname.slice(a.colon + 1);
      if (a.colon >= 0) {
        const k = this.lookupPrefixString(prefix);
        if (k < 0) this.wf(a.offset, `Namespace prefix '${prefix}' of attribute '${a.qname}' on element '${elName}' is not defined.`);
        nsId = this.bId[k]!;
        uri = this.bUri[k]!;
        const expanded = `{${uri}}${local}`;
        if (seen.has(expanded)) this.wf(a.offset, `Attribute '${local}' in namespace ${uri} is given twice (${a.qname}).`);
        seen.add(expanded);
      }
      (attrs ??= []).push({ qname: a.qname, prefix, local, value: a.value, offset: a.offset, nsId, uri });
    }
    this.tAttrs = attrs;
  }

  private checkAttrQName(qname: string, colonRel: number, offset: number): void {
    if (colonRel < 0) return;
    const local = qname.slice(colonRel + 1);
    const cp = local.codePointAt(0);
    if (colonRel === 0 || local === '' || local.includes(':') || cp === undefined || !isNameStartCp(cp)) {
      this.wf(offset, `Failed to parse QName '${qname}' (attribute name).`);
    }
  }

  /** An attribute value from this.pos (after the quote) through the closing quote, normalized. */
  private attributeValue(quoteCh: number): string {
    const s = this.s;
    const start = this.pos;
    const end = s.indexOf(quoteCh === 0x22 ? '"' : "'", start);
    if (end < 0) this.wf(start - 1, 'An attribute value is not closed.');
    let plain = true;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === CH_LT) this.wf(i, "Unescaped '<' is not allowed in an attribute value.");
      if (c === CH_AMP || c < 0x20 || c >= 0xd800) { plain = false; break; }
    }
    let v: string;
    if (plain) {
      v = s.slice(start, end);
      this.pos = end + 1;
    } else {
      v = '';
      let i = start;
      let run = i;
      while (i < end) {
        const c = s.charCodeAt(i);
        if (c === CH_LT) this.wf(i, "Unescaped '<' is not allowed in an attribute value.");
        if (c === CH_AMP) {
          v += s.slice(run, i);
          this.pos = i;
          v += this.reference();
          i = run = this.pos;
          continue;
        }
        if (c === 0x0d || c === 0x0a || c === 0x09) {
          v += s.slice(run, i) + ' ';
          i += c === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
          run = i;
          continue;
        }
        if (c < 0x20) this.wf(i, `Invalid character ${cpLabel(c)} in an attribute value.`);
        if (c >= 0xd800) {
          this.checkCharAt(i, 'an attribute value');
          if (c <= 0xdbff) i++;
        }
        i++;
      }
      v += s.slice(run, end);
      this.pos = end + 1;
    }
    if (end - start > ATTR_VALUE_MAX / 3 && utf8Length(v) > ATTR_VALUE_MAX) {
      this.wf(start, 'Resource limit exceeded: an attribute value of more than 10,000,000 bytes.');
    }
    return v;
  }

  /** End tag at this.pos ('</'), which must close the element named s[qs, qe). */
  private endTag(elStart: number, qs: number, qe: number): void {
    const s = this.s;
    const i = this.pos + 2;
    const len = qe - qs;
    let same = true;
    for (let k = 0; k < len; k++) {
      if (s.charCodeAt(i + k) !== s.charCodeAt(qs + k)) { same = false; break; }
    }
    let j = i + len;
    if (same) {
      const c = s.charCodeAt(j);
      if (c !== 0x3e && !isWs(c)) same = !(c < 0x80 ? asciiNameClass(c) !== 0 : isNameCp(s.codePointAt(j)!));
    }
    if (!same) {
      let e = i;
      while (e < this.n && !isWs(s.charCodeAt(e)) && s.charCodeAt(e) !== 0x3e) e++;
      const lines = new LineIndex(s);
      this.wf(this.pos, `Opening and ending tag mismatch: '${s.slice(qs, qe)}' (line ${lines.lineOf(elStart)}) is closed by '</${s.slice(i, e)}>'.`);
    }
    while (isWs(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== 0x3e) {
      if (j >= this.n) this.wf(this.n, `Premature end of data in the end tag of '${s.slice(qs, qe)}'.`);
      this.wf(j, `End tag of '${s.slice(qs, qe)}': '>' expected.`);
    }
    this.pos = j + 1;
  }

  // ---------------------------------------------------------------- markup

  /** `&...;` at this.pos; returns the character(s) it stands for. */
  private reference(): string {
    const s = this.s;
    const at = this.pos;
    let i = at + 1;
    if (s.charCodeAt(i) === 0x23) {
      i++;
      let v = 0;
      let digits = 0;
      if (s.charCodeAt(i) === 0x78) {
        i++;
        for (;;) {
          const c = s.charCodeAt(i);
          let d: number;
          if (c >= 0x30 && c <= 0x39) d = c - 0x30;
          else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
          else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
          else break;
          v = Math.min(v * 16 + d, 0x110000);
          digits++;
          i++;
        }
      } else {
        for (;;) {
          const c = s.charCodeAt(i);
          if (c < 0x30 || c > 0x39) break;
          v = Math.min(v * 10 + (c - 0x30), 0x110000);
          digits++;
          i++;
        }
      }
      if (s.charCodeAt(i) !== 0x3b || digits === 0) this.wf(at, `Invalid character reference '${s.slice(at, Math.min(i + 1, at + 12))}'.`);
      if (!isXmlCharCp(v)) this.wf(at, `Character reference '${s.slice(at, i + 1)}' is not a legal XML character.`);
      this.pos = i + 1;
      return String.fromCodePoint(v);
    }
    if (!this.isNameStartAt(i)) this.wf(at, "Invalid entity reference: '&' must be written as &amp;.");
    const e = this.scanName(i, 'entity');
    if (s.charCodeAt(e) !== 0x3b) this.wf(at, `Entity reference '${s.slice(at, e)}': ';' expected ('&' must be written as &amp;).`);
    this.pos = e + 1;
    switch (s.slice(i, e)) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
      default: return this.wf(at, `Entity '${s.slice(i, e)}' is not defined (only the five predefined entities exist; there is no DTD).`);
    }
  }

  private comment(): void {
    const s = this.s;
    const start = this.pos + 4;
    const dd = s.indexOf('--', start);
    if (dd < 0) this.wf(this.pos, 'Comment not terminated.');
    if (s.charCodeAt(dd + 2) !== 0x3e) this.wf(dd, "Double hyphen ('--') within a comment.");
    this.checkChars(start, dd, 'a comment');
    if (dd - start > COMMENT_MAX / 3 && utf8Length(normalizeEol(s.slice(start, dd))) > COMMENT_MAX) {
      this.wf(this.pos, 'Resource limit exceeded: a comment of more than 10,000,000 bytes.');
    }
    this.pos = dd + 3;
  }

  private pi(): void {
    const s = this.s;
    const at = this.pos;
    if (!this.isNameStartAt(at + 2)) this.wf(at, 'Processing instruction without a target name.');
    const e = this.scanName(at + 2, 'processing instruction target');
    const target = s.slice(at + 2, e);
    if (target.toLowerCase() === 'xml') {
      this.wf(at, target === 'xml' ? 'The XML declaration is allowed only at the start of the document.'
        : `Invalid processing instruction target '${target}' (reserved).`);
    }
    if (this.nColon >= 0) this.wf(at, `Colons are not allowed in processing instruction targets ('${target}').`);
    if (s.startsWith('?>', e)) { this.pos = e + 2; return; }
    if (!isWs(s.charCodeAt(e))) this.wf(e, `Processing instruction '${target}': a blank is required after the target.`);
    let d = e;
    while (isWs(s.charCodeAt(d))) d++;
    const end = s.indexOf('?>', d);
    if (end < 0) this.wf(at, `Processing instruction '${target}' is not terminated.`);
    this.checkChars(d, end, 'a processing instruction');
    if (end - d > PI_CDATA_MAX / 3 && utf8Length(normalizeEol(s.slice(d, end))) > PI_CDATA_MAX) {
      this.wf(at, 'Resource limit exceeded: a processing instruction of more than 9,999,995 bytes.');
    }
    this.pos = end + 2;
  }

  /** CDATA section at this.pos; returns its (end-of-line normalized) text. */
  private cdata(): string {
    const s = this.s;
    const start = this.pos + 9;
    const end = s.indexOf(']]>', start);
    if (end < 0) this.wf(this.pos, 'CDATA section not terminated.');
    this.checkChars(start, end, 'a CDATA section');
    const text = normalizeEol(s.slice(start, end));
    if (end - start > PI_CDATA_MAX / 3 && utf8Length(text) > PI_CDATA_MAX) {
      this.wf(this.pos, 'Resource limit exceeded: a CDATA section of more than 9,999,995 bytes.');
    }
    this.pos = end + 3;
    return text;
  }

  private checkChars(from: number, to: number, where: string): void {
    const s = this.s;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20) {
        if (c !== 0x09 && c !== 0x0a && c !== 0x0d) this.wf(i, `Invalid character ${cpLabel(c)} in ${where}.`);
      } else if (c >= 0xd800) {
        this.checkCharAt(i, where);
        if (c <= 0xdbff) i++;
      }
    }
  }

  /** A character at or above U+D800: a valid surrogate pair, or U+E000..U+FFFD. */
  private checkCharAt(i: number, where: string): void {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return;
      this.wf(i, `Invalid character: unpaired surrogate ${cpLabel(c)} in ${where}.`);
    }
    if (c <= 0xdfff) this.wf(i, `Invalid character: unpaired surrogate ${cpLabel(c)} in ${where}.`);
    if (c >= 0xfffe) this.wf(i, `Invalid character ${cpLabel(c)} in ${where}.`);
  }

  /** Exact size check of a long run of blanks in element-only content (CR LF counts once). */
  private checkBlankNode(from: number, to: number, before: number): void {
    let n = before + (to - from);
    for (let i = this.s.indexOf('\r\n', from); i >= 0 && i + 1 < to; i = this.s.indexOf('\r\n', i + 2)) n--;
    if (n > TEXT_NODE_MAX) this.wf(from, 'Resource limit exceeded: a text node of more than 10,000,000 bytes.');
  }

  // ---------------------------------------------------------------- attributes (XSD)

  /**
   * The iJw types declare no attributes. What libxml2 accepts: namespace declarations,
   * xsi:schemaLocation and xsi:noNamespaceSchemaLocation (ignored), and an xsi:type naming
   * the element's own (named) type. Everything else is an error.
   */
  private checkAttributes(lt: number, local: string, typeNsId: number | undefined, typeName: string | undefined): void {
    const el = this.segs[this.depth - 1]!;
    for (const a of this.tAttrs!) {
      if (a.nsId === NSID_XSI) {
        if (a.local === 'schemaLocation' || a.local === 'noNamespaceSchemaLocation') continue;
        if (a.local === 'type') {
          if (typeName !== undefined && this.resolvesToType(a.value, typeNsId!, typeName)) continue;
          this.xsd(lt, local, `Element '${el}': xsi:type ${quote(a.value)} does not name the element's own type${typeName ? ` (${typeName})` : ' (an anonymous type, which no xsi:type can name)'}.`);
          continue;
        }
        if (a.local === 'nil') {
          this.xsd(lt, local, `Element '${el}': xsi:nil is not allowed; the element is not nillable.`);
          continue;
        }
      }
      const name = a.nsId === NSID_NONE ? a.qname : `{${a.uri}}${a.local}`;
      this.xsd(lt, local, `Element '${el}': the attribute '${name}' is not allowed (iJw elements have no attributes).`);
    }
  }

  private resolvesToType(value: string, nsId: number, name: string): boolean {
    const colon = value.indexOf(':');
    const prefix = colon < 0 ? '' : value.slice(0, colon);
    const local = colon < 0 ? value : value.slice(colon + 1);
    if (local !== name) return false;
    const k = this.lookupPrefixString(prefix);
    if (k < 0) return false;
    return this.bUri[k] !== '' && this.bId[k] === nsId;
  }
}

function normalizeEol(t: string): string {
  return t.indexOf('\r') < 0 ? t : t.replace(/\r\n?/g, '\n');
}

/**
 * Offset of the first child element named `field` (local name) of the element whose start tag
 * begins at `at`, or -1. Runs on a document already known to be well-formed.
 */
function findChild(s: string, at: number, field: string): number {
  let i = skipTag(s, at);
  if (s.charCodeAt(i - 2) === 0x2f) return -1; // <x/>
  let depth = 1;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) return -1;
    const c = s.charCodeAt(lt + 1);
    if (c === 0x21) {
      if (s.startsWith('<!--', lt)) i = s.indexOf('-->', lt + 4) + 3;
      else i = s.indexOf(']]>', lt + 9) + 3; // CDATA
      continue;
    }
    if (c === 0x3f) { i = s.indexOf('?>', lt + 2) + 2; continue; }
    if (c === 0x2f) {
      depth--;
      if (depth === 0) return -1;
      i = s.indexOf('>', lt) + 1;
      continue;
    }
    let e = lt + 1;
    while (e < s.length && !isWs(s.charCodeAt(e)) && s.charCodeAt(e) !== 0x3e && s.charCodeAt(e) !== 0x2f) e++;
    const qname = s.slice(lt + 1, e);
    const local = qname.slice(qname.indexOf(':') + 1);
    if (depth === 1 && local === field) return lt;
    i = skipTag(s, lt);
    if (s.charCodeAt(i - 2) !== 0x2f) depth++;
  }
  return -1;
}

/** End (after '>') of the tag starting at `lt`, stepping over quoted attribute values. */
function skipTag(s: string, lt: number): number {
  let i = lt + 1;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x22 || c === 0x27) i = s.indexOf(c === 0x22 ? '"' : "'", i + 1) + 1;
    else i++;
  }
}
