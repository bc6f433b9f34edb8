/**
 * Namespaces, value rules and value formats of the StUF-GGk 0210 envelope, shared by the parser
 * and the builders so that both apply exactly the same facets (those of the official schemas:
 * ggk0210_stuf0301_msg_ggkberichten.xsd and stuf0301.xsd).
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_MAX_BYTES } from '../../ingress/intake.js';

export const NS_SOAP = 'http://schemas.xmlsoap.org/soap/envelope/';
export const NS_SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
export const NS_STUF = 'http://www.egem.nl/StUF/StUF0301';
export const NS_GGK = 'http://www.stufstandaarden.nl/koppelvlak/ggk0210';
export const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** SOAPAction per operation of OntvangAsynchroon (ggk0210_OntvangAsynchroon_ggkberichten.wsdl). */
export const STUF_SOAP_ACTION = {
  Di01: 'http://www.stufstandaarden.nl/koppelvlak/ggk0210/ggk_Di01',
  Du01: 'http://www.stufstandaarden.nl/koppelvlak/ggk0210/ggk_Du01',
  Fo01: 'http://www.egem.nl/StUF/StUF0301/Fo01',
} as const;

/** SOAP 1.1 over HTTP. */
export const SOAP_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** The GGk refuses larger messages (IB003); the same limit as our intake. */
export const STUF_MAX_MESSAGE_BYTES = DEFAULT_MAX_BYTES;

/** referentienummer/crossRefnummer of the GGk envelopes: a lower-case version 4 UUID. */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Length in characters as XSD counts them (code points, not UTF-16 units). */
export function xsdLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** A check returns undefined when the value is fine, otherwise why not (without the name). */
export type ValueCheck = (value: string) => string | undefined;

const length = (min: number, max: number): ValueCheck => (v) => {
  const n = xsdLength(v);
  if (n < min || n > max) {
    return min === 0
      ? `must be at most ${max} characters (is ${n})`
      : `must be ${min} to ${max} characters (is ${n})`;
  }
  return undefined;
};

const pattern = (re: RegExp, what: string): ValueCheck => (v) =>
  re.test(v) ? undefined : `must be ${what}, not ${JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v)}`;

const all = (...checks: ValueCheck[]): ValueCheck => (v) => {
  for (const c of checks) {
    const r = c(v);
    if (r !== undefined) return r;
  }
  return undefined;
};

/** The facets per StUF simple type (stuf0301.xsd), and the GGk restrictions on them. */
export const CHECK = {
  organisatie: length(0, 200),
  applicatie: length(3, 50),
  administratie: length(0, 50),
  gebruiker: length(0, 100),
  /** Refnummer as restricted by the GGk envelopes. */
  uuidV4: pattern(UUID_V4, 'a lower-case version 4 UUID (8-4-4-4-12 hex digits, version 4, variant 8/9/a/b)'),
  /** Plain StUF Refnummer (Fo01/Fo03/Bv03). */
  refnummer: length(0, 40),
  tijdstip: pattern(/^[0-9]{8,17}$/, '8 to 17 digits (JJJJMMDDuummssmmm)'),
  functie: length(0, 30),
  versienr: pattern(/^[0-9]{4}$/, 'exactly 4 digits'),
  bestandsnaam: all(length(4, 255), pattern(/^[A-Za-z0-9\-._]+$/, 'letters, digits, "-", "." and "_" only')),
  foutcode: length(0, 7),
  omschrijving: length(0, 200),
  details: length(0, 1000),
} satisfies Record<string, ValueCheck>;

/** A fresh referentienummer: a version 4 UUID, as the GGk requires one unique per message. */
export function newReferentienummer(): string {
  return randomUUID();
}

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam', hourCycle: 'h23',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/**
 * A StUF Tijdstip (JJJJMMDDuummss plus mmm, 17 digits by default) in Dutch local time, which is
 * what StUF means by a tijdstip. `precision: 'seconds'` gives the 14 digits the GGk examples use.
 * Note: in the hour after the autumn clock change local times repeat; StUF has no offset field.
 */
export function formatStufTijdstip(date: Date, precision: 'milliseconds' | 'seconds' = 'milliseconds'): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatStufTijdstip: invalid Date');
  const parts: Record<string, string> = {};
  for (const p of AMSTERDAM.formatToParts(date)) parts[p.type] = p.value;
  const year = Number(parts.year);
  if (!(year >= 1 && year <= 9999) || parts.era !== undefined) {
    throw new RangeError(`formatStufTijdstip: year ${parts.year ?? '?'} does not fit 4 digits`);
  }
  const base = `${String(year).padStart(4, '0')}${parts.month}${parts.day}${parts.hour}${parts.minute}${parts.second}`;
  return precision === 'seconds' ? base : base + String(date.getUTCMilliseconds()).padStart(3, '0');
}

// Base64 alphabet of xs:base64Binary (RFC 2045 without line-length rules): no URL-safe letters.
const B64 = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') B64[ch.charCodeAt(0)] = 1;
/** Characters allowed before "=": their unused low bits are zero (XSD's B16 set). */
const B16 = new Set('AEIMQUYcgkosw048');
/** Characters allowed before "==" (XSD's B04 set). */
const B04 = new Set('AQgw');

/**
 * Decodes xs:base64Binary strictly: XML whitespace anywhere is allowed (the type collapses it),
 * anything else must be canonical base64: only A-Z a-z 0-9 + /, complete 4-character groups,
 * correct "=" padding only at the end and no stray bits before it. Node's decoder would
 * silently skip or accept all of those, so the text is checked first.
 */
export function decodeBase64Strict(text: string): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  const clean = /[\t\n\r ]/.test(text) ? text.replace(/[\t\n\r ]+/g, '') : text;
  const n = clean.length;
  let pad = 0;
  if (n > 0 && clean.charCodeAt(n - 1) === 0x3d) pad = n > 1 && clean.charCodeAt(n - 2) === 0x3d ? 2 : 1;
  for (let i = 0; i < n - pad; i++) {
    const c = clean.charCodeAt(i);
    if (c >= 128 || B64[c] !== 1) {
      const ch = clean.codePointAt(i)!;
      return { ok: false, reason: `character ${JSON.stringify(String.fromCodePoint(ch))} at position ${i + 1} is not in the base64 alphabet` };
    }
  }
  if (n % 4 !== 0) return { ok: false, reason: `${n} base64 characters is not a multiple of 4 (missing "=" padding?)` };
  if (pad === 2 && !B04.has(clean[n - 3]!)) return { ok: false, reason: 'non-zero bits before "==" (not canonical base64)' };
  if (pad === 1 && !B16.has(clean[n - 2]!)) return { ok: false, reason: 'non-zero bits before "=" (not canonical base64)' };
  return { ok: true, bytes: Buffer.from(clean, 'base64') };
}

/** XML text content: &, < and > escaped, CR kept as a reference (a parser would drop it). */
export function escapeText(s: string): string {
  return /[&<>\r]/.test(s) ? s.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!) : s;
}
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** XML attribute value in double quotes; whitespace kept as references (it is normalised otherwise). */
export function escapeAttribute(s: string): string {
  return /[&<>"\t\n\r]/.test(s) ? s.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!) : s;
}
const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};
