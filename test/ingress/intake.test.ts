import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { DEFAULT_MAX_BYTES, intake, type IntakeErrorCode } from '../../src/ingress/intake.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const VALID = `<?xml version="1.0" encoding="UTF-8"?>\r\n<jw323:Bericht xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">\r\n\t<jw323:Header/>\r\n</jw323:Bericht>\r\n`;

function failure(bytes: Uint8Array, opts?: { maxBytes?: number }): { code: IntakeErrorCode; message: string; line?: number } {
  const r = intake(bytes, opts);
  if (r.ok) throw new Error('expected an intake failure');
  return r.error;
}

describe('intake', () => {
  it('passes a plain UTF-8 message through, decoded once, unchanged', () => {
    const text = VALID.replace('<jw323:Header/>', '<jw323:Header>Zoë ✓ 😀</jw323:Header>');
    const r = intake(enc(text));
    expect(r).toEqual({ ok: true, text });
  });

  it('accepts a message without XML declaration and with a lower-case utf-8 declaration', () => {
    expect(intake(enc('<a/>')).ok).toBe(true);
    expect(intake(enc(VALID.replace('UTF-8', 'utf-8'))).ok).toBe(true);
  });

  it('EMPTY: 0 bytes', () => {
    expect(failure(new Uint8Array(0))).toMatchObject({ code: 'EMPTY', message: expect.stringMatching(/empty/) });
  });

  it('TOO_LARGE: checks the length before decoding', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      const e = failure(enc(VALID), { maxBytes: 10 });
      expect(e.code).toBe('TOO_LARGE');
      expect(e.message).toMatch(/\d+ bytes; the maximum is 10 bytes/);
      expect(decode).not.toHaveBeenCalled();
    } finally {
      decode.mockRestore();
    }
    expect(DEFAULT_MAX_BYTES).toBe(25 * 1024 * 1024);
    expect(intake(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x20)).ok).toBe(false);
  });

  it('decodes exactly once', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      expect(intake(enc(VALID)).ok).toBe(true);
      expect(decode).toHaveBeenCalledTimes(1);
    } finally {
      decode.mockRestore();
    }
  });

  it.each([
    ['UTF-8', [0xef, 0xbb, 0xbf]],
    ['UTF-16 (big-endian)', [0xfe, 0xff]],
    ['UTF-16 (little-endian)', [0xff, 0xfe]],
    ['UTF-32 (big-endian)', [0x00, 0x00, 0xfe, 0xff]],
    ['UTF-32 (little-endian)', [0xff, 0xfe, 0x00, 0x00]],
  ])('BOM: refuses a %s byte order mark (OP192)', (name, bom) => {
    const bytes = new Uint8Array([...bom, ...enc(VALID)]);
    const e = failure(bytes);
    expect(e.code).toBe('BOM');
    expect(e.message).toContain(`${name} byte order mark`);
    expect(e.message).toContain('OP192');
  });

  it('NOT_UTF8: reports the line of the first bad byte', () => {
    const head = enc('<?xml version="1.0" encoding="UTF-8"?>\r\n<a>\r\n<b>caf');
    const bytes = new Uint8Array([...head, 0xe9, ...enc('</b>\r\n</a>')]); // Latin-1 é
    const e = failure(bytes);
    expect(e.code).toBe('NOT_UTF8');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/invalid byte 0xE9 at byte offset \d+ \(line 3\)/);
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence at the end', [0xe2, 0x82]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('NOT_UTF8: %s', (_, bad) => {
    expect(failure(new Uint8Array([...enc('<a>'), ...bad])).code).toBe('NOT_UTF8');
  });

  it.each(['ISO-8859-1', 'windows-1252', 'UTF-16', 'UTF8', 'US-ASCII'])('ENCODING: refuses encoding="%s"', (name) => {
    const e = failure(enc(VALID.replace('UTF-8', name)));
    expect(e.code).toBe('ENCODING');
    expect(e.message).toContain(`"${name}"`);
    expect(e.line).toBe(1);
  });

  it('ENCODING: a Latin-1 file is reported by its declaration, not as bad UTF-8', () => {
    const bytes = new Uint8Array([...enc(VALID.replace('UTF-8', 'ISO-8859-1').replace('<jw323:Header/>', '<x>')), 0xe9, ...enc('</x>')]);
    expect(failure(bytes).code).toBe('ENCODING');
  });

  it('ENCODING: UTF-16 without BOM', () => {
    const s = '<?xml version="1.0"?><a/>';
    const le = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) le[2 * i] = s.charCodeAt(i);
    expect(failure(le).code).toBe('ENCODING');
  });

  it('DOCTYPE: refused with its line, whatever the case', () => {
    const e = failure(enc('<?xml version="1.0" encoding="UTF-8"?>\r\n<!DOCTYPE x>\r\n<x/>'));
    expect(e).toMatchObject({ code: 'DOCTYPE', line: 2 });
    expect(failure(enc('<!doctype x><x/>')).code).toBe('DOCTYPE');
  });

  it('ENTITY: refused with its line', () => {
    const e = failure(enc('<x>\n\n<!ENTITY a "b"></x>'));
    expect(e).toMatchObject({ code: 'ENTITY', line: 3 });
  });

  it('EXTERNAL_REFERENCE: XInclude and xml-stylesheet', () => {
    const xi = failure(enc('<x xmlns:xi="http://www.w3.org/2001/XInclude">\n<xi:include href="/etc/passwd" parse="text"/></x>'));
    expect(xi).toMatchObject({ code: 'EXTERNAL_REFERENCE', line: 1 });
    expect(xi.message).toContain('XInclude');
    const xsl = failure(enc('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet href="http://example.org/a.xsl" type="text/xsl"?>\n<x/>'));
    expect(xsl).toMatchObject({ code: 'EXTERNAL_REFERENCE', line: 2 });
  });

  it('an XXE attempt is refused before anything could read the file', () => {
    const open = vi.spyOn(fs, 'openSync');
    const read = vi.spyOn(fs, 'readFileSync');
    try {
      const xxe = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<foo>&xxe;</foo>';
      const e = failure(enc(xxe));
      expect(['DOCTYPE', 'ENTITY']).toContain(e.code);
      expect(e.message).not.toContain('root:');
      expect(open).not.toHaveBeenCalled();
      expect(read).not.toHaveBeenCalled();
      // an entity declaration smuggled in without a DOCTYPE is refused too
      expect(failure(enc('<foo><!ENTITY xxe SYSTEM "file:///etc/passwd">&xxe;</foo>')).code).toBe('ENTITY');
    } finally {
      open.mockRestore();
      read.mockRestore();
    }
  });
});
