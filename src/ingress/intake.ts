/**
 * Hardened intake: the checks every incoming message passes before anything parses it.
 *
 * OP192 requires UTF-8 without BOM; the parser behind this gets the one decoded string. Nothing
 * here (or later) resolves a DTD, an entity, an XInclude or a stylesheet, and anything that
 * asks for one is refused up front, so no later stage ever has to be trusted to ignore it.
 */

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

export type IntakeErrorCode =
  | 'EMPTY' | 'TOO_LARGE' | 'BOM' | 'NOT_UTF8' | 'ENCODING' | 'DOCTYPE' | 'ENTITY' | 'EXTERNAL_REFERENCE';

export interface IntakeError {
  code: IntakeErrorCode;
  message: string;
  line?: number;
}

export type IntakeResult = { ok: true; text: string } | { ok: false; error: IntakeError };

const XINCLUDE_NS = 'http://www.w3.org/2001/XInclude';

const fail = (code: IntakeErrorCode, message: string, line?: number): IntakeResult =>
  ({ ok: false, error: line === undefined ? { code, message } : { code, message, line } });

export function intake(bytes: Uint8Array, opts: { maxBytes?: number } = {}): IntakeResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const n = bytes.length;
  if (n === 0) return fail('EMPTY', 'The message is empty (0 bytes).');
  if (n > maxBytes) {
    return fail('TOO_LARGE', `The message is ${n} bytes; the maximum is ${maxBytes} bytes.`);
  }

  const bom = byteOrderMark(bytes);
  if (bom) {
    return fail('BOM', `The message starts with a ${bom} byte order mark; iJw messages must be UTF-8 without BOM (OP192).`, 1);
  }
  if (n >= 4 && ((bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0)
    || (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f))) {
    return fail('ENCODING', 'The message looks UTF-16 encoded (no BOM); iJw messages must be UTF-8 (OP192).', 1);
  }

  // The declared encoding is checked on the raw bytes first: a Latin-1 file would otherwise
  // only be reported as "not UTF-8" while its declaration already says what is wrong.
  const declared = declaredEncoding(bytes);
  if (declared && declared.encoding.toUpperCase() !== 'UTF-8') {
    return fail('ENCODING', `The XML declaration gives encoding "${declared.encoding}"; iJw messages must be UTF-8 (OP192).`, declared.line);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = lineOfByte(bytes, at);
    return fail('NOT_UTF8', `The message is not valid UTF-8: invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0').toUpperCase()} at byte offset ${at} (line ${line}).`, line);
  }

  // Case-insensitive on purpose: `<!doctype` is no XML either, and refusing it costs nothing.
  const doctype = indexOfCI(text, '<!doctype');
  if (doctype >= 0) {
    const line = lineOfOffset(text, doctype);
    return fail('DOCTYPE', `A document type declaration (<!DOCTYPE) is not allowed in an iJw message (line ${line}).`, line);
  }
  const entity = indexOfCI(text, '<!entity');
  if (entity >= 0) {
    const line = lineOfOffset(text, entity);
    return fail('ENTITY', `An entity declaration (<!ENTITY) is not allowed in an iJw message (line ${line}).`, line);
  }
  const xinclude = text.indexOf(XINCLUDE_NS);
  if (xinclude >= 0) {
    const line = lineOfOffset(text, xinclude);
    return fail('EXTERNAL_REFERENCE', `XInclude (namespace ${XINCLUDE_NS}) is not allowed in an iJw message; nothing is ever included (line ${line}).`, line);
  }
  const stylesheet = indexOfCI(text, '<?xml-stylesheet');
  if (stylesheet >= 0) {
    const line = lineOfOffset(text, stylesheet);
    return fail('EXTERNAL_REFERENCE', `A stylesheet reference (<?xml-stylesheet) is not allowed in an iJw message (line ${line}).`, line);
  }
  return { ok: true, text };
}

function byteOrderMark(b: Uint8Array): string | undefined {
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 (big-endian)';
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32 (little-endian)';
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'UTF-8';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 (big-endian)';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 (little-endian)';
  return undefined;
}

/** The encoding pseudo-attribute of an XML declaration at the very start, if any. */
function declaredEncoding(b: Uint8Array): { encoding: string; line: number } | undefined {
  // `<?xml` + whitespace; the declaration is ASCII, so a byte-wise view is exact.
  if (b.length < 6 || b[0] !== 0x3c || b[1] !== 0x3f || b[2] !== 0x78 || b[3] !== 0x6d || b[4] !== 0x6c) return undefined;
  if (b[5] !== 0x20 && b[5] !== 0x09 && b[5] !== 0x0d && b[5] !== 0x0a) return undefined;
  let end = 6;
  const limit = Math.min(b.length, 1024);
  while (end < limit && !(b[end] === 0x3f && b[end + 1] === 0x3e)) end++;
  let head = '';
  for (let i = 0; i < end; i++) head += String.fromCharCode(b[i]!);
  const m = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(head);
  if (!m) return undefined;
  const line = 1 + (head.slice(0, m.index + 1).match(/\n/g)?.length ?? 0);
  return { encoding: m[2]!, line };
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (WHATWG decoder rules). */
function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}

function lineOfByte(b: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) line++;
  return line;
}

function lineOfOffset(s: string, at: number): number {
  let line = 1;
  for (let i = s.indexOf('\n'); i >= 0 && i < at; i = s.indexOf('\n', i + 1)) line++;
  return line;
}

/** indexOf for an ASCII needle given in lower case, matching any letter case. */
function indexOfCI(s: string, lowerNeedle: string): number {
  // Both cases of the first two characters ('<' and '!' or '?') are the same, so scan for
  // the fixed prefix with the native indexOf and compare the rest case-insensitively.
  const prefix = lowerNeedle.slice(0, 2);
  for (let i = s.indexOf(prefix); i >= 0; i = s.indexOf(prefix, i + 1)) {
    if (s.substr(i, lowerNeedle.length).toLowerCase() === lowerNeedle) return i;
  }
  return -1;
}
