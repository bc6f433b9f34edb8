/**
 * A small strict, namespace-aware XML parser for the StUF envelope: it builds a light element
 * tree (elements, attributes, character data) and nothing else.
 *
 * Why not saxes: it is a devDependency (the image prunes those). Why not the iJw parser in
 * ../xml: that one is compiled from the iJw model. Why not fast-xml-parser: its defaults coerce
 * values ("0384" -> 384).
 *
 * Strict: XML 1.0 well-formedness and Namespaces in XML (undeclared prefixes, duplicate
 * attributes, bad names, illegal characters, "]]>" in text, "--" in comments), only the five
 * predefined entities and character references, no DOCTYPE at all (intake refuses it first;
 * this is the second line). Line ends and attribute values are normalised as XML 1.0 says.
 */
import { findIllegalChar, isNameCp, isNameStartCp, isXmlCharCp } from '../xml/chars.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  /** Namespace URI ('' for an unprefixed attribute). */
  ns: string;
  local: string;
  /** The name as written. */
  qname: string;
  value: string;
}

export interface XmlElement {
  /** Namespace URI ('' for none). */
  ns: string;
  local: string;
  /** The name as written, e.g. "GGK:stuurgegevens". */
  qname: string;
  /** Attributes other than namespace declarations. */
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** All character data directly inside (text and CDATA, concatenated). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(`${message} (line ${line})`);
    this.name = 'XmlSyntaxError';
  }
}

/** Deeper than any envelope needs; keeps hostile nesting cheap. */
const MAX_DEPTH = 256;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** Parses a whole document and returns its root element; throws XmlSyntaxError. */
export function parseXml(text: string): XmlElement {
  return new Parser(text).document();
}

interface Open {
  el: XmlElement;
  /** Number of namespace bindings in scope before this element's own declarations. */
  bindings: number;
}

class Parser {
  private pos = 0;
  private lineOffset = 0;
  private lineNo = 1;
  /** needle -> [searched from, found at or -1]: keeps repeated searches linear overall. */
  private readonly nextCache = new Map<string, [number, number]>();
  private readonly prefixes: string[] = ['xml'];
  private readonly uris: string[] = [XML_NS];

  constructor(private readonly s: string) {}

  document(): XmlElement {
    const s = this.s;
    if (s.startsWith('<?xml') && isWs(s.charCodeAt(5))) this.xmlDeclaration();
    this.misc();
    if (this.pos >= s.length) this.fail('no root element');
    if (s.startsWith('<!DOCTYPE', this.pos) || s.startsWith('<!doctype', this.pos)) {
      this.fail('a document type declaration (<!DOCTYPE) is not allowed');
    }
    if (s.charCodeAt(this.pos) !== 0x3c) this.fail('text before the root element');
    const root = this.element();
    this.misc();
    if (this.pos < s.length) this.fail('content after the root element');
    return root;
  }

  private xmlDeclaration(): void {
    const end = this.s.indexOf('?>', this.pos);
    if (end < 0) this.fail('unterminated XML declaration');
    const decl = this.s.slice(this.pos, end + 2);
    const m = /^<\?xml\s+version\s*=\s*(["'])([^"']*)\1(?:\s+encoding\s*=\s*(["'])([^"']*)\3)?(?:\s+standalone\s*=\s*(["'])([^"']*)\5)?\s*\?>$/.exec(decl);
    if (!m) this.fail('malformed XML declaration');
    if (m[2] !== '1.0') this.fail(`XML version "${m[2]}" is not supported (only 1.0)`);
    if (m[4] !== undefined && m[4].toUpperCase() !== 'UTF-8') this.fail(`encoding "${m[4]}" declared; only UTF-8 is accepted`);
    if (m[6] !== undefined && m[6] !== 'yes' && m[6] !== 'no') this.fail(`standalone must be "yes" or "no", not "${m[6]}"`);
    this.pos = end + 2;
  }

  /** Whitespace, comments and processing instructions outside the root element. */
  private misc(): void {
    const s = this.s;
    for (;;) {
      while (this.pos < s.length && isWs(s.charCodeAt(this.pos))) this.pos++;
      if (s.startsWith('<!--', this.pos)) this.comment();
      else if (s.startsWith('<?', this.pos)) this.processingInstruction();
      else return;
    }
  }

  private comment(): void {
    const start = this.pos + 4;
    const end = this.s.indexOf('-->', start);
    if (end < 0) this.fail('unterminated comment');
    const dashes = this.s.slice(start, end).indexOf('--');
    if (dashes >= 0) this.fail('"--" inside a comment', start + dashes);
    this.checkChars(start, end);
    this.pos = end + 3;
  }

  private processingInstruction(): void {
    this.pos += 2;
    const target = this.name();
    if (target.toLowerCase() === 'xml') this.fail('an XML declaration is only allowed at the very start');
    if (target.includes(':')) this.fail(`processing instruction target "${target}" contains a colon`);
    const end = this.s.indexOf('?>', this.pos);
    if (end < 0) this.fail('unterminated processing instruction');
    if (end > this.pos && !isWs(this.s.charCodeAt(this.pos))) this.fail('whitespace expected after the processing instruction target');
    this.checkChars(this.pos, end);
    this.pos = end + 2;
  }

  /** The root element and everything in it, iteratively (no recursion on depth). */
  private element(): XmlElement {
    const s = this.s;
    const stack: Open[] = [];
    let root: XmlElement | undefined;
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined && root !== undefined) return root;
      const lt = s.indexOf('<', this.pos);
      if (top !== undefined) {
        if (lt < 0) this.fail(`element <${top.el.qname}> is not closed`);
        if (lt > this.pos) top.el.text += this.charData(this.pos, lt);
      }
      this.pos = lt;
      if (s.startsWith('</', lt)) {
        if (top === undefined) this.fail('end tag without a start tag');
        this.pos = lt + 2;
        const name = this.name();
        if (name !== top.el.qname) this.fail(`end tag </${name}> does not match <${top.el.qname}>`);
        this.skipWs();
        if (s.charCodeAt(this.pos) !== 0x3e) this.fail(`">" expected to close </${name}>`);
        this.pos++;
        stack.pop();
        this.prefixes.length = top.bindings;
        this.uris.length = top.bindings;
      } else if (s.startsWith('<!--', lt)) {
        this.comment();
      } else if (s.startsWith('<![CDATA[', lt)) {
        if (top === undefined) this.fail('CDATA outside the root element');
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0) this.fail('unterminated CDATA section');
        this.checkChars(lt + 9, end);
        top.el.text += normalizeLineEnds(s.slice(lt + 9, end));
        this.pos = end + 3;
      } else if (s.startsWith('<?', lt)) {
        this.processingInstruction();
      } else if (s.startsWith('<!', lt)) {
        this.fail(s.startsWith('<!DOCTYPE', lt) ? 'a document type declaration is not allowed here' : 'unexpected "<!"');
      } else {
        if (stack.length >= MAX_DEPTH) this.fail(`elements nested deeper than ${MAX_DEPTH}`);
        const bindings = this.prefixes.length;
        const { el, selfClosing } = this.startTag();
        if (top !== undefined) top.el.children.push(el);
        else root = el;
        if (selfClosing) {
          this.prefixes.length = bindings;
          this.uris.length = bindings;
        } else {
          stack.push({ el, bindings });
        }
      }
    }
  }

  private startTag(): { el: XmlElement; selfClosing: boolean } {
    const s = this.s;
    const tagStart = this.pos;
    const line = this.lineAt(tagStart);
    this.pos++;
    const qname = this.name();
    const raw: { qname: string; value: string }[] = [];
    let selfClosing = false;
    for (;;) {
      const before = this.pos;
      this.skipWs();
      const c = s.charCodeAt(this.pos);
      if (c === 0x3e) { this.pos++; break; }
      if (c === 0x2f && s.charCodeAt(this.pos + 1) === 0x3e) { this.pos += 2; selfClosing = true; break; }
      if (Number.isNaN(c)) this.fail(`start tag <${qname}> is not closed`);
      if (this.pos === before) this.fail(`whitespace expected before an attribute in <${qname}>`);
      const name = this.name();
      this.skipWs();
      if (s.charCodeAt(this.pos) !== 0x3d) this.fail(`"=" expected after attribute ${name} in <${qname}>`);
      this.pos++;
      this.skipWs();
      const q = s.charCodeAt(this.pos);
      if (q !== 0x22 && q !== 0x27) this.fail(`quoted value expected for attribute ${name} in <${qname}>`);
      const end = s.indexOf(q === 0x22 ? '"' : "'", this.pos + 1);
      if (end < 0) this.fail(`unterminated value of attribute ${name} in <${qname}>`);
      const rawValue = s.slice(this.pos + 1, end);
      if (rawValue.includes('<')) this.fail(`"<" in the value of attribute ${name} in <${qname}>`);
      if (raw.some((a) => a.qname === name)) this.fail(`attribute ${name} appears twice in <${qname}>`);
      raw.push({ qname: name, value: this.attributeValue(this.pos + 1, end) });
      this.pos = end + 1;
    }

    // Declarations first: they apply to the element's own name and attributes.
    for (const a of raw) {
      if (a.qname === 'xmlns') {
        if (a.value === XML_NS || a.value === XMLNS_NS) this.fail(`the default namespace cannot be ${a.value}`, tagStart);
        this.bind('', a.value);
      } else if (a.qname.startsWith('xmlns:')) {
        const prefix = a.qname.slice(6);
        if (prefix === 'xmlns') this.fail('the prefix xmlns cannot be declared', tagStart);
        if (a.value === '') this.fail(`prefix ${prefix} cannot be undeclared (xmlns:${prefix}="") in XML 1.0`, tagStart);
        if ((prefix === 'xml') !== (a.value === XML_NS)) this.fail(`the prefix xml is bound to ${XML_NS} only`, tagStart);
        if (a.value === XMLNS_NS) this.fail(`${XMLNS_NS} cannot be bound to a prefix`, tagStart);
        this.bind(prefix, a.value);
      }
    }
    const [prefix, local] = this.split(qname, tagStart);
    const ns = this.resolve(prefix, qname, tagStart) ?? '';
    const attributes: XmlAttribute[] = [];
    for (const a of raw) {
      if (a.qname === 'xmlns' || a.qname.startsWith('xmlns:')) continue;
      const [p, l] = this.split(a.qname, tagStart);
      const ans = p === '' ? '' : this.resolve(p, a.qname, tagStart) ?? '';
      if (attributes.some((b) => b.ns === ans && b.local === l)) {
        this.fail(`attributes ${a.qname} and another name for {${ans}}${l} both appear in <${qname}>`, tagStart);
      }
      attributes.push({ ns: ans, local: l, qname: a.qname, value: a.value });
    }
    return { el: { ns, local, qname, attributes, children: [], text: '', line }, selfClosing };
  }

  private bind(prefix: string, uri: string): void {
    this.prefixes.push(prefix);
    this.uris.push(uri);
  }

  /** The namespace of a prefix ('' = default namespace; undefined = none in scope). */
  private resolve(prefix: string, qname: string, at: number): string | undefined {
    for (let i = this.prefixes.length - 1; i >= 0; i--) {
      if (this.prefixes[i] === prefix) return this.uris[i] === '' ? undefined : this.uris[i];
    }
    if (prefix !== '') this.fail(`prefix "${prefix}" of ${qname} is not declared`, at);
    return undefined;
  }

  private split(qname: string, at: number): [string, string] {
    const i = qname.indexOf(':');
    if (i < 0) return ['', qname];
    if (i === 0 || i === qname.length - 1 || qname.indexOf(':', i + 1) >= 0) this.fail(`"${qname}" is not a valid qualified name`, at);
    const local = qname.slice(i + 1);
    if (!isNameStartCp(local.codePointAt(0)!)) this.fail(`"${qname}" is not a valid qualified name`, at);
    return [qname.slice(0, i), local];
  }

  private name(): string {
    const s = this.s;
    const start = this.pos;
    let i = start;
    let first = true;
    while (i < s.length) {
      const cp = s.codePointAt(i)!;
      if (first ? !isNameStartCp(cp) : !isNameCp(cp)) break;
      first = false;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i === start) this.fail(s.length === start ? 'unexpected end of document' : `a name was expected, found "${s[start]}"`);
    this.pos = i;
    return s.slice(start, i);
  }

  private skipWs(): void {
    while (this.pos < this.s.length && isWs(this.s.charCodeAt(this.pos))) this.pos++;
  }

  /** Text between markup: characters checked, references expanded, line ends normalised. */
  private charData(from: number, to: number): string {
    this.checkChars(from, to);
    const cdataEnd = this.next(']]>', from);
    if (cdataEnd >= 0 && cdataEnd + 3 <= to) this.fail('"]]>" is not allowed in text', cdataEnd);
    return this.expand(from, to, false);
  }

  private attributeValue(from: number, to: number): string {
    this.checkChars(from, to);
    return this.expand(from, to, true);
  }

  private expand(from: number, to: number, attribute: boolean): string {
    const s = this.s;
    let out = '';
    let i = from;
    for (;;) {
      const amp = this.next('&', i);
      const stop = amp < 0 || amp >= to ? to : amp;
      if (stop > i) {
        const plain = normalizeLineEnds(s.slice(i, stop));
        out += attribute ? plain.replace(/[\t\n]/g, ' ') : plain;
      }
      if (stop === to) return out;
      const semi = s.indexOf(';', amp);
      if (semi < 0 || semi >= to) this.fail('"&" that does not start a reference', amp);
      const ref = s.slice(amp + 1, semi);
      if (ref.startsWith('#')) {
        const m = /^#(?:([0-9]+)|x([0-9a-fA-F]+))$/.exec(ref);
        const cp = m ? (m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16)) : NaN;
        if (!m || !(cp <= 0x10ffff) || !isXmlCharCp(cp)) this.fail(`character reference &${ref}; is not an XML character`, amp);
        out += String.fromCodePoint(cp);
      } else {
        const v = PREDEFINED[ref];
        if (v === undefined) this.fail(`entity &${ref}; is not defined (only the five predefined entities are)`, amp);
        out += v;
      }
      i = semi + 1;
    }
  }

  private checkChars(from: number, to: number): void {
    const bad = findIllegalChar(this.s, from, to);
    if (bad >= 0) {
      this.fail(`character U+${this.s.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, bad);
    }
  }

  /** Index of the first `needle` at or after `from`, or -1; `from` only grows while parsing. */
  private next(needle: string, from: number): number {
    const c = this.nextCache.get(needle);
    if (c && c[0] <= from && (c[1] < 0 || c[1] >= from)) return c[1];
    const at = this.s.indexOf(needle, from);
    this.nextCache.set(needle, [from, at]);
    return at;
  }

  /** Line of an offset, counted on from the last one asked (start tags come in order). */
  private lineAt(offset: number): number {
    if (offset < this.lineOffset) {
      this.lineOffset = 0;
      this.lineNo = 1;
    }
    for (let i = this.s.indexOf('\n', this.lineOffset); i >= 0 && i < offset; i = this.s.indexOf('\n', i + 1)) this.lineNo++;
    this.lineOffset = offset;
    return this.lineNo;
  }

  private fail(message: string, at: number = this.pos): never {
    throw new XmlSyntaxError(message, this.lineAt(Math.min(at, this.s.length)));
  }
}

function normalizeLineEnds(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}
