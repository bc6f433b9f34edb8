/**
 * A small XML element tree for the mutation generator: it keeps what the mutations need to
 * control exactly (prefixes, namespace declarations, attribute order, comments, CDATA) and
 * serializes back to text. It is a test tool, not a general XML library: no DTD, no entities
 * beyond the predefined ones (saxes resolves those on reading).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XAttr {
  name: string;
  value: string;
}
export interface XElement {
  type: 'element';
  /** '' for no prefix. */
  prefix: string;
  local: string;
  /** Namespace URI as parsed (not updated by mutations; mutations change prefixes and declarations). */
  uri: string;
  attrs: XAttr[];
  children: XNode[];
  /** Serialize an empty element as `<a/>` instead of `<a></a>`. */
  selfClosing?: boolean;
}
export type XNode =
  | XElement
  | { type: 'text'; text: string }
  | { type: 'cdata'; text: string }
  | { type: 'comment'; text: string }
  | { type: 'pi'; target: string; body: string }
  /** Written verbatim, e.g. a character reference `&#x39;`. */
  | { type: 'raw'; xml: string };

export interface XDocument {
  declaration?: string;
  before: XNode[];
  root: XElement;
  after: XNode[];
}

export interface SerializeOptions {
  /** Line ending for whitespace-only text between elements (CRLF is normalized away by XML parsers). */
  eol?: '\n' | '\r\n';
  /** Leave out the XML declaration. */
  noDeclaration?: boolean;
  /** Start with a UTF-8 byte order mark (U+FEFF). */
  bom?: boolean;
  quote?: '"' | "'";
  /** Write `<a:b >` and `</a:b >`: legal whitespace inside tags. */
  spaceInTags?: boolean;
}

export function parseXml(xml: string): XDocument {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const doc: Partial<XDocument> & { before: XNode[]; after: XNode[] } = { before: [], after: [] };
  const stack: XElement[] = [];
  const sink = (): XNode[] => {
    const top = stack[stack.length - 1];
    if (top) return top.children;
    return doc.root ? doc.after : doc.before;
  };
  parser.on('xmldecl', (d) => {
    const parts = [`version="${d.version ?? '1.0'}"`];
    if (d.encoding) parts.push(`encoding="${d.encoding}"`);
    if (d.standalone) parts.push(`standalone="${d.standalone}"`);
    doc.declaration = `<?xml ${parts.join(' ')}?>`;
  });
  parser.on('opentag', (t: SaxesTagNS) => {
    const el: XElement = {
      type: 'element',
      prefix: t.prefix,
      local: t.local,
      uri: t.uri,
      attrs: Object.values(t.attributes).map((a) => ({ name: a.name, value: a.value })),
      children: [],
    };
    if (stack.length === 0) doc.root = el;
    else sink().push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    if (stack.length > 0) sink().push({ type: 'text', text });
  });
  parser.on('cdata', (text) => sink().push({ type: 'cdata', text }));
  parser.on('comment', (text) => sink().push({ type: 'comment', text }));
  parser.on('processinginstruction', (pi) => sink().push({ type: 'pi', target: pi.target, body: pi.body }));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  if (!doc.root) throw new Error('no root element');
  return doc as XDocument;
}

const escText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const escAttr = (s: string, q: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(q === '"' ? /"/g : /'/g, q === '"' ? '&quot;' : '&apos;')
    .replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

export const qname = (el: XElement): string => (el.prefix ? `${el.prefix}:${el.local}` : el.local);

export function serializeXml(doc: XDocument, opts: SerializeOptions = {}): string {
  const eol = opts.eol ?? '\n';
  const q = opts.quote ?? '"';
  const sp = opts.spaceInTags ? ' ' : '';
  const out: string[] = [];
  const node = (n: XNode): void => {
    switch (n.type) {
      case 'element': {
        const name = qname(n);
        out.push(`<${name}`);
        for (const a of n.attrs) out.push(` ${a.name}=${q}${escAttr(a.value, q)}${q}`);
        if (n.children.length === 0 && n.selfClosing) {
          out.push(`${sp}/>`);
          return;
        }
        out.push(`${sp}>`);
        for (const c of n.children) node(c);
        out.push(`</${name}${sp}>`);
        return;
      }
      case 'text':
        out.push(/^\s*$/.test(n.text) ? n.text.replace(/\r?\n/g, eol) : escText(n.text));
        return;
      case 'cdata':
        out.push(`<![CDATA[${n.text}]]>`);
        return;
      case 'comment':
        out.push(`<!--${n.text}-->`);
        return;
      case 'pi':
        out.push(`<?${n.target}${n.body ? ' ' + n.body : ''}?>`);
        return;
      case 'raw':
        out.push(n.xml);
        return;
    }
  };
  if (opts.bom) out.push('\uFEFF');
  if (doc.declaration && !opts.noDeclaration) out.push(doc.declaration, eol);
  for (const n of doc.before) {
    node(n);
    out.push(eol);
  }
  node(doc.root);
  for (const n of doc.after) {
    out.push(eol);
    node(n);
  }
  out.push(eol);
  return out.join('');
}

export const cloneDoc = (doc: XDocument): XDocument => structuredClone(doc);

export const elementChildren = (el: XElement): XElement[] =>
  el.children.filter((c): c is XElement => c.type === 'element');

/** The character content of an element (text and CDATA; comments and PIs do not count). */
export const textOf = (el: XElement): string =>
  el.children.map((c) => (c.type === 'text' || c.type === 'cdata' ? c.text : '')).join('');

export function setText(el: XElement, value: string): void {
  el.children = value === '' ? [] : [{ type: 'text', text: value }];
}

/** Follows a path of child indexes (into `children`, all node kinds) from the root. */
export function at(doc: XDocument, path: readonly number[]): XElement {
  let el = doc.root;
  for (const i of path) {
    const c = el.children[i];
    if (!c || c.type !== 'element') throw new Error(`no element at ${path.join('/')}`);
    el = c;
  }
  return el;
}

/** Calls `f` for every element, depth first, with its path. */
export function walkElements(el: XElement, f: (el: XElement, path: number[]) => void, path: number[] = []): void {
  f(el, path);
  el.children.forEach((c, i) => {
    if (c.type === 'element') walkElements(c, f, [...path, i]);
  });
}
