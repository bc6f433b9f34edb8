/**
 * Character classes of XML 1.0 (fifth edition, as libxml2 applies them) and the namespace-URI
 * check libxml2 performs on xmlns declarations.
 */

export const CH_AMP = 0x26;
export const CH_LT = 0x3c;

export const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** ASCII name classes: 1 = NameStartChar (and NameChar), 2 = NameChar only. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) ASCII_NAME[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_NAME[c] = 1;
ASCII_NAME[0x5f] = 1; // _
ASCII_NAME[0x3a] = 1; // :
for (let c = 0x30; c <= 0x39; c++) ASCII_NAME[c] = 2;
ASCII_NAME[0x2d] = 2; // -
ASCII_NAME[0x2e] = 2; // .

/** NameStartChar for a code point (XML 1.0 fifth edition). */
export function isNameStartCp(c: number): boolean {
  if (c < 0x80) return ASCII_NAME[c] === 1;
  return (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2ff)
    || (c >= 0x370 && c <= 0x37d) || (c >= 0x37f && c <= 0x1fff) || c === 0x200c || c === 0x200d
    || (c >= 0x2070 && c <= 0x218f) || (c >= 0x2c00 && c <= 0x2fef) || (c >= 0x3001 && c <= 0xd7ff)
    || (c >= 0xf900 && c <= 0xfdcf) || (c >= 0xfdf0 && c <= 0xfffd) || (c >= 0x10000 && c <= 0xeffff);
}

/** NameChar for a code point. */
export function isNameCp(c: number): boolean {
  if (c < 0x80) return ASCII_NAME[c] !== 0;
  return isNameStartCp(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** Fast ASCII test used in the scanner's inner loop; non-ASCII goes through isNameCp. */
export const asciiNameClass = (c: number): number => ASCII_NAME[c]!;

/** Is `c` (a code point) an XML Char? */
export function isXmlCharCp(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff)
    || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/**
 * Index of the first character of s[from, to) that is not an XML Char (a C0 control other than
 * tab/LF/CR, U+FFFE, U+FFFF or an unpaired surrogate), or -1.
 */
export function findIllegalChar(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x9 && c !== 0xa && c !== 0xd) return i;
    } else if (c >= 0xd800) {
      if (c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        if (i + 1 < to && d >= 0xdc00 && d <= 0xdfff) i++;
        else return i;
      } else if (c <= 0xdfff || c >= 0xfffe) return i;
    }
  }
  return -1;
}

/** UTF-8 length of a string (libxml2 measures its limits in bytes). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      if (c < 0x800) n += 1;
      else if (c >= 0xd800 && c <= 0xdbff) { n += 2; i++; } // pair: 4 bytes for 2 units
      else n += 2;
    }
  }
  return n;
}

/** Human form of a character for messages: 'U+0001'. */
export const cpLabel = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

// ---- namespace URI check (libxml2's RFC 3986 parser, strict mode as used for xmlns) ----

const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isUnreserved = (c: number): boolean =>
  isAlpha(c) || isDigit(c) || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e;
const isSubDelim = (c: number): boolean =>
  c === 0x21 || c === 0x24 || c === 0x26 || c === 0x27 || c === 0x28 || c === 0x29
  || c === 0x2a || c === 0x2b || c === 0x2c || c === 0x3b || c === 0x3d;

/**
 * A cursor over the URI's UTF-8 bytes would be exact; every non-ASCII character is rejected by
 * the strict parser anyway, so UTF-16 units serve (a non-ASCII unit never matches a class).
 */
class UriCursor {
  constructor(readonly s: string, public i = 0) {}
  at(k = 0): number { const j = this.i + k; return j < this.s.length ? this.s.charCodeAt(j) : 0; }
  pct(): boolean { return this.at() === 0x25 && isHex(this.at(1)) && isHex(this.at(2)); }
  pchar(): boolean {
    const c = this.at();
    return isUnreserved(c) || this.pct() || isSubDelim(c) || c === 0x3a || c === 0x40;
  }
  next(): void { this.i += this.at() === 0x25 ? 3 : 1; }
}

function segment(u: UriCursor, forbid: number, empty: boolean): boolean {
  if (!u.pchar() || u.at() === forbid) return empty;
  u.next();
  while (u.pchar() && u.at() !== forbid) u.next();
  return true;
}

function pathAbEmpty(u: UriCursor): boolean {
  while (u.at() === 0x2f) { u.i++; if (!segment(u, 0, true)) return false; }
  return true;
}

function pathAbsolute(u: UriCursor): boolean {
  if (u.at() !== 0x2f) return false;
  u.i++;
  if (segment(u, 0, false)) {
    while (u.at() === 0x2f) { u.i++; if (!segment(u, 0, true)) return false; }
  }
  return true;
}

function pathRest(u: UriCursor, forbid: number): boolean {
  if (!segment(u, forbid, false)) return false;
  while (u.at() === 0x2f) { u.i++; if (!segment(u, 0, true)) return false; }
  return true;
}

function authority(u: UriCursor): boolean {
  const start = u.i;
  // userinfo "@" is optional
  while (isUnreserved(u.at()) || u.pct() || isSubDelim(u.at()) || u.at() === 0x3a) u.next();
  if (u.at() === 0x40) u.i++;
  else u.i = start;
  // host: IP-literal or reg-name (libxml2's IPv4 branch can never succeed, so reg-name covers it)
  if (u.at() === 0x5b) {
    u.i++;
    while (u.i < u.s.length && u.at() !== 0x5d) u.i++;
    if (u.at() !== 0x5d) return false;
    u.i++;
  } else {
    while (isUnreserved(u.at()) || u.pct() || isSubDelim(u.at())) u.next();
  }
  if (u.at() === 0x3a) {
    u.i++;
    if (!isDigit(u.at())) return false;
    let port = 0;
    while (isDigit(u.at())) {
      port = port * 10 + (u.at() - 0x30);
      if (port > 0x7fffffff) return false;
      u.i++;
    }
  }
  return true;
}

function queryAndFragment(u: UriCursor): boolean {
  if (u.at() === 0x3f) {
    u.i++;
    while (u.pchar() || u.at() === 0x2f || u.at() === 0x3f) u.next();
  }
  if (u.at() === 0x23) {
    u.i++;
    while (u.pchar() || u.at() === 0x2f || u.at() === 0x3f || u.at() === 0x5b || u.at() === 0x5d) u.next();
  }
  return u.i >= u.s.length;
}

function absoluteUri(s: string): boolean {
  const u = new UriCursor(s);
  if (!isAlpha(u.at())) return false;
  u.i++;
  while (isAlpha(u.at()) || isDigit(u.at()) || u.at() === 0x2b || u.at() === 0x2d || u.at() === 0x2e) u.i++;
  if (u.at() !== 0x3a) return false;
  u.i++;
  return partAndRest(u, 0);
}

function relativeRef(s: string): boolean {
  // A relative reference's first segment may not contain ':' (RFC 3986 path-noscheme).
  return partAndRest(new UriCursor(s), 0x3a);
}

/** hier-part / relative-part, then query and fragment; `forbidden` is a character the first segment may not hold. */
function partAndRest(u: UriCursor, forbidden: number): boolean {
  if (u.at() === 0x2f && u.at(1) === 0x2f) {
    u.i += 2;
    if (!authority(u) || !pathAbEmpty(u)) return false;
  } else if (u.at() === 0x2f) {
    if (!pathAbsolute(u)) return false;
  } else if (u.pchar()) {
    if (!pathRest(u, forbidden)) return false;
  }
  return queryAndFragment(u);
}

/** Would libxml2 accept `s` as a namespace name (a URI reference)? */
export function isValidNamespaceUri(s: string): boolean {
  // A NUL ends the C string libxml2 looks at; an XML Char check has already refused it.
  return absoluteUri(s) || relativeRef(s);
}
