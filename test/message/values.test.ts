/**
 * Simple-type semantics against libxml2 (the reference): random values for dates, times,
 * integers, patterned and enumerated strings, and random namespace URIs; plus the XSD-regex
 * translation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNamespaceUri } from '../../src/message/xml/chars.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { xsdPatternSource, xsdPatternToRegExp } from '../../src/message/xml/regex.js';
import { Libxml2SchemaSet } from '../../src/message/xsd/libxml2.js';
import { OUR_XSD_DIR } from '../support/shared.js';

const libxml2 = new Libxml2SchemaSet(OUR_XSD_DIR);

const NS = 'xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw301="http://www.istandaarden.nl/ijw/3_2/jw301/schema"';
/** A small JW301 with the values under test in {{...}} slots (test data only). */
const JW301 = `<?xml version="1.0" encoding="UTF-8"?>
<jw301:Bericht ${NS}{{attrs}}>
<jw301:Header><jw301:BerichtCode>436</jw301:BerichtCode><jw301:BerichtVersie>3</jw301:BerichtVersie><jw301:BerichtSubversie>2</jw301:BerichtSubversie>
<jw301:Afzender>0384</jw301:Afzender><jw301:Ontvanger>12345678</jw301:Ontvanger>
<jw301:BerichtIdentificatie><ijw:Identificatie>ID1</ijw:Identificatie><ijw:Dagtekening>{{date}}</ijw:Dagtekening></jw301:BerichtIdentificatie>
<jw301:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw301:XsdVersie></jw301:Header>
<jw301:Client><jw301:Bsn>999900006</jw301:Bsn><jw301:Geboortedatum><ijw:Datum>2010-02-14</ijw:Datum></jw301:Geboortedatum><jw301:Geslacht>1</jw301:Geslacht>
<jw301:Naam><ijw:Geslachtsnaam><ijw:Achternaam>{{name}}</ijw:Achternaam></ijw:Geslachtsnaam><ijw:Voorletters>{{initials}}</ijw:Voorletters><ijw:NaamGebruik>{{code}}</ijw:NaamGebruik></jw301:Naam>
<jw301:Contactgegevens><jw301:Contact><jw301:Soort>01</jw301:Soort><jw301:Adres><ijw:Huis><ijw:Huisnummer>{{int}}</ijw:Huisnummer></ijw:Huis></jw301:Adres></jw301:Contact></jw301:Contactgegevens>
<jw301:ToegewezenProducten><jw301:ToegewezenProduct><jw301:ToewijzingNummer>1</jw301:ToewijzingNummer><jw301:Toewijzingsdatum>2026-01-01</jw301:Toewijzingsdatum>
<jw301:Toewijzingstijd>{{time}}</jw301:Toewijzingstijd><jw301:Ingangsdatum>2026-01-01</jw301:Ingangsdatum></jw301:ToegewezenProduct></jw301:ToegewezenProducten></jw301:Client>
</jw301:Bericht>`;
const DEFAULTS = { attrs: '', date: '2026-04-01', name: 'Jansen', initials: 'J', code: '1', int: '12', time: '12:34:56' };
type Slot = keyof typeof DEFAULTS;
const fill = (slot: Slot, value: string): string => {
  const v: Record<string, string> = { ...DEFAULTS, [slot]: value };
  return JW301.replace(/\{\{(\w+)\}\}/g, (_, k: string) => v[k]!);
};
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function sameVerdict(xml: string): void {
  const ours = parseMessage(xml, { expect: 'JW301' });
  const lib = libxml2.validate('JW301', xml);
  expect(ours.ok, ours.ok ? 'we accept' : JSON.stringify(ours.errors[0])).toBe(lib.valid);
}

const from = (alphabet: string, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...alphabet), maxLength });

describe('simple values: our verdict equals libxml2', () => {
  it('the template itself is valid', () => {
    for (const slot of Object.keys(DEFAULTS) as Slot[]) sameVerdict(fill(slot, DEFAULTS[slot]));
    expect(parseMessage(fill('date', DEFAULTS.date)).ok).toBe(true);
  });

  it('xs:date (LDT_Datum)', () => {
    const two = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0'));
    const structured = fc.tuple(fc.constantFrom('', '-', '+'), fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constantFrom('0000', '2147483647', '2147483648', '02026')),
      two, two, fc.constantFrom('', 'Z', '+01:00', '-14:00', '+14:01', ' ', 'T00:00:00'))
      .map(([s, y, m, d, tz]) => `${s}${y.padStart(4, '0')}-${m}-${d}${tz}`);
    fc.assert(fc.property(fc.oneof(structured, from('0123456789-+:Z T\t\n', 14)), (v) => sameVerdict(fill('date', v))), { numRuns: 400 });
  });

  it('xs:time (LDT_Tijd)', () => {
    const two = fc.integer({ min: 0, max: 61 }).map((n) => String(n).padStart(2, '0'));
    const structured = fc.tuple(two, two, two, fc.constantFrom('', '.', '.5', '.000', '.9999999999999999999'), fc.constantFrom('', 'Z', '+01:00', ' '))
      .map(([h, m, s, f, tz]) => `${h}:${m}:${s}${f}${tz}`);
    fc.assert(fc.property(fc.oneof(structured, from('0123456789:.+-Z ', 12)), (v) => sameVerdict(fill('time', v))), { numRuns: 300 });
  });

  it('xs:integer with a range (LDT_Huisnummer 0..99999)', () => {
    const structured = fc.tuple(fc.constantFrom('', '+', '-', ' ', '0', '00'), fc.integer({ min: 0, max: 200000 }), fc.constantFrom('', ' ', '.0', 'e1'))
      .map(([a, n, b]) => `${a}${n}${b}`);
    fc.assert(fc.property(fc.oneof(structured, from('0123456789+- .', 10)), (v) => sameVerdict(fill('int', v))), { numRuns: 300 });
  });

  it('strings: pattern .*[^\\s].* with maxLength 200 (LDT_Naam)', () => {
    const chars = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '😀', '&', '.', 'é');
    fc.assert(fc.property(fc.oneof(fc.string({ unit: chars, maxLength: 6 }), fc.string({ unit: chars, minLength: 195, maxLength: 205 })),
      (v) => sameVerdict(fill('name', escapeText(v)))), { numRuns: 300 });
  });

  it('strings: pattern ([a-zA-ZÀ-ỳ])+ with maxLength 6 (LDT_Voorletters)', () => {
    const chars = fc.constantFrom('a', 'Z', 'À', 'ỳ', 'Ỵ', '¿', 'ß', ' ', '1', '😀', 'ǅ');
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 8 }), (v) => sameVerdict(fill('initials', v))), { numRuns: 300 });
  });

  it('strings: a code list (LDT_NaamGebruik)', () => {
    fc.assert(fc.property(from('0123456789 ', 3), (v) => sameVerdict(fill('code', v))), { numRuns: 200 });
  });

  it('namespace URIs in declarations (libxml2 refuses invalid URI references)', () => {
    const uri = fc.oneof(
      from('abz09:/?#[]@!$&\'()*+,;=-._~% ', 12),
      fc.tuple(fc.constantFrom('http://', 'urn:', '//', '/', '', 'a:', '1:', 'x+y.z:', 'h:'), from('ab09:/?#[]@%.-_~!', 10))
        .map(([a, b]) => a + b),
      fc.constantFrom('http://h:8080/p', 'http://h:/p', 'http://[::1]/p', 'http://[::1/p', 'urn:é', 'a%2', 'a%2g', 'a%20b', 'http://u@h/p', '#', '?', ':'),
    );
    fc.assert(fc.property(uri, (u) => {
      const attr = ` xmlns:p="${u.replace(/&/g, '&amp;')}"`;
      sameVerdict(fill('attrs', attr));
      expect(isValidNamespaceUri(u) || u === '').toBe(libxml2.validate('JW301', fill('attrs', attr)).valid || u === '');
    }), { numRuns: 400 });
  });
});

describe('XSD patterns → JavaScript', () => {
  it('translates the patterns of the iJw schemas', () => {
    expect(xsdPatternSource('[0-9]{9}')).toBe('^(?:[0-9]{9})$');
    expect(xsdPatternSource('.*[^\\s].*')).toBe('^(?:[^\\n\\r]*[^\\t\\n\\r ][^\\n\\r]*)$');
    expect(xsdPatternSource('([.\\s]*\\S+[.\\s]*)+')).toBe('^(?:(?:[\\u{2e}\\t\\n\\r ]*[^\\t\\n\\r ]+[\\u{2e}\\t\\n\\r ]*)+)$');
    expect(xsdPatternSource('(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)')).toBe('^(?:(?:0|[1-9][0-9]*)\\u{2e}(?:0|[1-9][0-9]*)\\u{2e}(?:0|[1-9][0-9]*))$');
    expect(xsdPatternSource('[^:Z]*')).toBe('^(?:[^\\u{3a}Z]*)$');
    expect(xsdPatternSource('([a-zA-ZÀ-ỳ])+')).toBe('^(?:(?:[a-zA-Z\\u{c0}-\\u{1ef3}])+)$');
  });

  it('applies XSD semantics: anchored, . without line ends, \\s only four characters, ^ and $ literal', () => {
    const code = xsdPatternToRegExp('490');
    expect([code.test('490'), code.test('4900'), code.test(' 490')]).toEqual([true, false, false]);
    const dot = xsdPatternToRegExp('.');
    expect([dot.test('\n'), dot.test('\r'), dot.test('\u2028'), dot.test('😀')]).toEqual([false, false, true, true]);
    const s = xsdPatternToRegExp('\\s');
    expect([' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\f'].map((c) => s.test(c))).toEqual([true, true, true, true, false, false, false]);
    expect(xsdPatternToRegExp('a^b$').test('a^b$')).toBe(true);
    expect(xsdPatternToRegExp('[a-c-]').test('-')).toBe(true);
    expect(xsdPatternToRegExp('\\d').test('\u0663')).toBe(true); // XSD \d is any Unicode digit
  });

  it.each(['\\p{L}', '\\i', '\\c', '\\w', '[a-z-[aeiou]]', '[\\S]', 'a{2,1}', '(a', 'a)', '*a', '[]', '[a'])('refuses %s at compile time', (p) => {
    expect(() => xsdPatternSource(p)).toThrow(/not supported/);
  });
});
