/**
 * The StUF-GGk 0210 envelope: the official examples parse to the right fields; build -> parse
 * round trips; every refusal names its element; and what the builders write is valid against the
 * official schemas (../shared) and against ours (schemas/stuf-ggk), judged by libxml2. For a
 * table of mutated envelopes the parser, the official schemas and our schemas must agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  NS_GGK, NS_STUF, STUF_MAX_MESSAGE_BYTES, StufBuildError, answerTo, buildBv03, buildDi01, buildDu01, buildFo01,
  buildFo03Fault, formatStufTijdstip, foutFromFault, newReferentienummer, parseStufRequest, parseStufResponse,
  type Di01Args, type StufFault, type StufParseResult, type StufRequest, type StufSysteem,
} from '../../src/message/stuf/envelope.js';
import { findIllegalChar } from '../../src/message/xml/chars.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { Libxml2SchemaSet } from '../../src/message/xsd/libxml2.js';
import { fixture } from '../fixtures/berichten.js';
import { OFFICIAL_EXAMPLES_DIR, REPO_ROOT, SHARED_DIR, describeShared } from '../support/shared.js';

const STUF_DIR = join(SHARED_DIR, 'stuf-ggk');
const STUF_EXAMPLES = join(STUF_DIR, 'examples');
const OUR_STUF_XSD_DIR = join(REPO_ROOT, 'schemas/stuf-ggk');

/** describeShared, and skipped (saying so) when ../shared lacks the StUF-GGk material. */
const describeStuf = (name: string, fn: () => void): void => {
  if (existsSync(STUF_EXAMPLES)) describeShared(name, fn);
  else describe.skip(`${name} (skipped: ${STUF_DIR} not found)`, () => { it.skip(`needs ${STUF_DIR}`, () => {}); });
};

const EXAMPLE = {
  di01Xml: 'envelopHeenbericht-ggk_Di01_v21-xml.xml',
  di01Tekst: 'envelopHeenbericht-ggk_Di01_v21-tekst.xml',
  du01: 'envelopRetourbericht-ggk_Du01-v21.xml',
  fo01: 'Fo01.xml',
} as const;
const readExample = (file: string): string => readFileSync(join(STUF_EXAMPLES, file), 'utf8');

/** A bare StUF body (like the official examples) inside a SOAP 1.1 envelope, with a Header. */
function soap(body: string, prefix = 'soapenv'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${prefix}:Envelope xmlns:${prefix}="http://schemas.xmlsoap.org/soap/envelope/">\n`
    + `<${prefix}:Header/>\n<${prefix}:Body>\n${body.replace(/^<\?xml[^>]*\?>\s*/, '')}\n</${prefix}:Body>\n</${prefix}:Envelope>\n`;
}

/** The element in soap:Body (or in soap:Fault/detail) as its own document; the builders declare its namespaces on it. */
function cut(xml: string, container: 'soap:Body' | 'detail'): string {
  const m = new RegExp(`<${container}>\\s*([\\s\\S]*?)\\s*</${container}>`).exec(xml);
  if (!m) throw new Error(`no ${container} in\n${xml}`);
  return m[1]!;
}

function ok(r: StufParseResult): StufRequest {
  if (!r.ok) expect.fail(`expected ok, got fault ${JSON.stringify(r.fault)}`);
  return r.value;
}
function fault(r: StufParseResult): StufFault {
  if (r.ok) expect.fail(`expected a fault, got ${r.value.kind}`);
  return r.fault;
}

const GEMEENTE: StufSysteem = { organisatie: '0384', applicatie: 'iJw gemeente' };
const GGK: StufSysteem = { organisatie: 'IB', applicatie: 'GGk' };
const PARAMETERS = { applicatieVersie: '0001', applicatieSubversie: '0000', functieVersie: '0003', functieSubversie: '0002' };
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function di01Args(payload: Uint8Array, over: Partial<Di01Args> = {}): Di01Args {
  return {
    functie: 'JW315', zender: GEMEENTE, ontvanger: GGK, referentienummer: newReferentienummer(),
    tijdstipBericht: '20260506101112345', parameters: PARAMETERS, payload, ...over,
  };
}

const jw315 = (): string => buildMessage('JW315', fixture('JW315'));
const jw316 = (): string => buildMessage('JW316', fixture('JW316'));

// Libxml2SchemaSet keeps one registry of served files: the official GGk schemas include
// ../../0301/stuf0301.xsd, which is found once the 0301 directory is registered as well.
let ours: Libxml2SchemaSet;
beforeAll(() => {
  ours = new Libxml2SchemaSet(OUR_STUF_XSD_DIR);
});

/** libxml2's verdict with our schemas on a whole SOAP message. */
function oursSoap(xml: string): { valid: boolean; errors: unknown[] } {
  return ours.validate('soap-envelope', xml);
}

describeStuf('official examples', () => {
  it('Di01 heenbericht with xmlBestand', () => {
    const text = readExample(EXAMPLE.di01Xml);
    const r = ok(parseStufRequest(soap(text)));
    expect(r.kind).toBe('Di01');
    if (r.kind !== 'Di01') return;
    expect(r.stuurgegevens).toEqual({
      berichtcode: 'Di01',
      zender: { organisatie: '0548', applicatie: 'Wmo Applicatie' },
      ontvanger: { organisatie: '01023456', applicatie: 'GGk' },
      referentienummer: '9c0f7b90-5c69-41e5-a837-0800200c9a66',
      tijdstipBericht: '20160421132514',
      functie: 'WMO301',
    });
    expect('crossRefnummer' in r.stuurgegevens).toBe(false);
    // Values stay strings: "0004" is not 4, "01023456" keeps its leading zero.
    expect(r.parameters).toEqual({ applicatieVersie: '0004', applicatieSubversie: '0003', functieVersie: '0002', functieSubversie: '0002' });
    expect(r.payload.bestand).toBe('xmlBestand');
    expect(r.payload.bestandsnaam).toBeUndefined();
    const b64 = /<GGK:xmlBestand>([^<]*)</.exec(text)![1]!;
    expect(Buffer.from(r.payload.bytes).equals(Buffer.from(b64, 'base64'))).toBe(true);
    // The example's payload is a placeholder sentence, not an iJw message.
    expect(Buffer.from(r.payload.bytes).toString('utf8')).toBe('Hier staat een iWmo/iJw-heenbericht.');
  });

  it('Di01 heenbericht with tekstBestand and bestandsnaam', () => {
    const r = ok(parseStufRequest(soap(readExample(EXAMPLE.di01Tekst))));
    expect(r.kind).toBe('Di01');
    if (r.kind !== 'Di01') return;
    expect(r.stuurgegevens.functie).toBe('Dummy');
    expect(r.stuurgegevens.ontvanger).toEqual({ organisatie: 'CBS', applicatie: 'GGk' });
    expect(r.payload.bestand).toBe('tekstBestand');
    expect(r.payload.bestandsnaam).toBe('AanleveringQ1.csv');
    expect(Buffer.from(r.payload.bytes).toString('utf8')).toBe('Hier staat een dummy-tekstbericht.');
  });

  it('Du01 retour: crossRefnummer is the heenbericht\'s referentienummer', () => {
    const heen = ok(parseStufRequest(soap(readExample(EXAMPLE.di01Xml))));
    const r = ok(parseStufRequest(soap(readExample(EXAMPLE.du01))));
    expect(r.kind).toBe('Du01');
    if (r.kind !== 'Du01') return;
    expect(r.stuurgegevens).toEqual({
      berichtcode: 'Du01',
      zender: { organisatie: '01023456', applicatie: 'Applicatie leverancier' },
      ontvanger: { organisatie: '0484', applicatie: 'GGk' },
      referentienummer: 'b6e9f182-bc44-4f27-9863-9a5ccc1e1cf0',
      tijdstipBericht: '20160422142804',
      crossRefnummer: '9c0f7b90-5c69-41e5-a837-0800200c9a66',
      functie: 'WMO302',
    });
    expect(r.stuurgegevens.crossRefnummer).toBe(heen.stuurgegevens.referentienummer);
    expect(Buffer.from(r.payload.bytes).toString('utf8')).toBe('Hier staat een iWmo/iJw-retourbericht.');
  });

  it('Fo01 from the GGk', () => {
    const r = ok(parseStufRequest(soap(readExample(EXAMPLE.fo01))));
    expect(r.kind).toBe('Fo01');
    if (r.kind !== 'Fo01') return;
    expect(r.stuurgegevens).toEqual({
      zender: { organisatie: 'IB', applicatie: 'GGK' },
      ontvanger: { organisatie: '54540051', applicatie: 'JW Applicatie', administratie: 'test', gebruiker: 'gebruiker1' },
      referentienummer: '78002f23-5bc5-4e3e-96ad-1d209d32a5d5',
      tijdstipBericht: '20160421144534',
      // A version 1 UUID: Fo01 has plain StUF Refnummers, so this is accepted.
      crossRefnummer: '9c0f7b90-5c69-11e5-a837-0800200c9a66',
    });
    expect(r.fout).toEqual({ code: 'IB210', plek: 'client', omschrijving: 'Ontvangende organisatie onbekend. Organisatie 99999', details: 'JW315-00010004' });
    expect(r.hasDetailsXML).toBe(true);
  });

  it('any prefixes and namespace placement are accepted', () => {
    const text = readExample(EXAMPLE.di01Xml)
      .replace(/ xmlns:StUF="[^"]*"/, '')
      .replace(/GGK:/g, 'g:').replace('xmlns:GGK=', 'xmlns:g=')
      .replace(/StUF:/g, '')
      .replace('<g:stuurgegevens>', `<g:stuurgegevens xmlns="${NS_STUF}"><!-- c --><?pi x?>`);
    expect(text).not.toContain('StUF:');
    const r = ok(parseStufRequest(soap(text, 'S')));
    expect(r.stuurgegevens.referentienummer).toBe('9c0f7b90-5c69-41e5-a837-0800200c9a66');
  });

  it('an official iJw message carried in the Di01 comes out byte for byte and parses as iJw', () => {
    const ijw = readFileSync(join(OFFICIAL_EXAMPLES_DIR, 'JW315.xml'));
    const envelope = readExample(EXAMPLE.di01Xml)
      .replace(/<GGK:xmlBestand>[^<]*</, `<GGK:xmlBestand>${ijw.toString('base64').replace(/.{76}/g, '$&\n')}<`)
      .replace('<StUF:functie>WMO301<', '<StUF:functie>JW315<');
    const r = ok(parseStufRequest(soap(envelope)));
    expect(r.kind === 'Di01' && r.stuurgegevens.functie).toBe('JW315');
    if (r.kind === 'Fo01') return;
    expect(Buffer.from(r.payload.bytes).equals(ijw)).toBe(true);
    // Recognised as a JW315 (the official example itself fails its XSD: ToewijzingEinddatum 2027-06-31).
    const parsed = parseMessage(new TextDecoder('utf-8', { fatal: true }).decode(r.payload.bytes));
    expect(parsed.code).toBe('JW315');
  });
});

describe('round trip build -> parse', () => {
  it('Di01 with an iJw JW315 as xmlBestand', () => {
    const payload = utf8(jw315());
    const args = di01Args(payload);
    const xml = buildDi01(args);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const r = ok(parseStufRequest(xml));
    expect(r.kind).toBe('Di01');
    if (r.kind !== 'Di01') return;
    expect(r.stuurgegevens).toEqual({
      berichtcode: 'Di01', zender: GEMEENTE, ontvanger: GGK, referentienummer: args.referentienummer,
      tijdstipBericht: args.tijdstipBericht, functie: 'JW315',
    });
    expect(r.parameters).toEqual(PARAMETERS);
    expect(r.payload).toEqual({ bestand: 'xmlBestand', bytes: Buffer.from(payload) });
    const ijw = parseMessage(new TextDecoder().decode(r.payload.bytes));
    expect(ijw.ok && ijw.code).toBe('JW315');
  });

  it('Du01 with an iJw JW316 answering a heenbericht', () => {
    const heen = ok(parseStufRequest(buildDi01(di01Args(utf8(jw315())))));
    const payload = utf8(jw316());
    const { zender, ontvanger, crossRefnummer } = answerTo(heen.stuurgegevens);
    const xml = buildDu01({ ...di01Args(payload), functie: 'JW316', zender, ontvanger, crossRefnummer });
    const r = ok(parseStufRequest(xml));
    expect(r.kind).toBe('Du01');
    if (r.kind !== 'Du01') return;
    expect(r.stuurgegevens.crossRefnummer).toBe(heen.stuurgegevens.referentienummer);
    expect(r.stuurgegevens.zender).toEqual(GGK);
    expect(r.stuurgegevens.ontvanger).toEqual(GEMEENTE);
    expect(r.stuurgegevens.functie).toBe('JW316');
    expect(Buffer.from(r.payload.bytes).equals(Buffer.from(payload))).toBe(true);
  });

  it('tekstBestand with bestandsnaam', () => {
    const xml = buildDi01(di01Args(utf8('a;b\r\n1;2\r\n'), { bestand: 'tekstBestand', bestandsnaam: 'export_2026-05.csv' }));
    const r = ok(parseStufRequest(xml));
    if (r.kind === 'Fo01') expect.fail('Fo01');
    expect(r.payload.bestand).toBe('tekstBestand');
    expect(r.payload.bestandsnaam).toBe('export_2026-05.csv');
    expect(Buffer.from(r.payload.bytes).toString()).toBe('a;b\r\n1;2\r\n');
  });

  it('escapes every text value and keeps it exactly (markup characters, CR, tabs, astral characters)', () => {
    const zender: StufSysteem = { organisatie: '<0384> & "co"', applicatie: 'a]]>b', administratie: 'x\r\ny\tz', gebruiker: '😀 é' };
    const xml = buildDi01(di01Args(utf8('<x/>'), { zender, functie: '&lt; literal' }));
    expect(oursSoap(xml).valid).toBe(true);
    const r = ok(parseStufRequest(xml));
    expect(r.stuurgegevens.zender).toEqual(zender);
    expect(r.kind !== 'Fo01' && r.stuurgegevens.functie).toBe('&lt; literal');
  });

  it('property: any valid stuurgegevens and payload survive build -> parse and pass our schemas', () => {
    const xmlChar = fc.string({ unit: 'binary', maxLength: 1 }).filter((c) => c.length > 0 && findIllegalChar(c, 0, c.length) < 0);
    const text = (minLength: number, maxLength: number) => fc.string({ unit: xmlChar, minLength, maxLength });
    const systeem = fc.record(
      { organisatie: text(0, 200), applicatie: text(3, 50), administratie: text(0, 50), gebruiker: text(0, 100) },
      { requiredKeys: ['organisatie', 'applicatie'] },
    );
    fc.assert(fc.property(
      systeem, systeem, text(0, 30), fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.boolean(),
      (zender, ontvanger, functie, payload, du01) => {
        const args = di01Args(payload, { zender, ontvanger, functie });
        const cross = newReferentienummer();
        const xml = du01 ? buildDu01({ ...args, crossRefnummer: cross }) : buildDi01(args);
        const r = ok(parseStufRequest(xml));
        expect(r.kind).toBe(du01 ? 'Du01' : 'Di01');
        expect(r.stuurgegevens.zender).toEqual(zender);
        expect(r.stuurgegevens.ontvanger).toEqual(ontvanger);
        expect(r.kind !== 'Fo01' && r.stuurgegevens.functie).toBe(functie);
        expect(r.kind !== 'Fo01' && Buffer.from(r.payload.bytes).equals(Buffer.from(payload))).toBe(true);
        expect(oursSoap(xml).errors).toEqual([]);
      },
    ), { numRuns: 150 });
  });

  it('a payload just under the size limit round trips; one over it is refused (IB003)', () => {
    const big = new Uint8Array(18 * 1024 * 1024).fill(0x41);
    const xml = buildDi01(di01Args(big));
    expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(STUF_MAX_MESSAGE_BYTES);
    const r = ok(parseStufRequest(xml));
    expect(r.kind !== 'Fo01' && r.payload.bytes.length).toBe(big.length);
    expect(() => buildDi01(di01Args(new Uint8Array(19 * 1024 * 1024)))).toThrow(/IB003/);
  });
});

describe('Bv03, Fo03 fault and Fo01', () => {
  const heen = (): StufRequest => ok(parseStufRequest(buildDi01(di01Args(utf8(jw315()), { zender: GGK, ontvanger: GEMEENTE }))));

  it('Bv03 acknowledges with crossRefnummer = the referentienummer received', () => {
    const incoming = heen();
    const referentienummer = newReferentienummer();
    const xml = buildBv03({ ...answerTo(incoming.stuurgegevens), referentienummer, tijdstipBericht: '20260506101113000' });
    expect(oursSoap(xml).errors).toEqual([]);
    const r = parseStufResponse(xml);
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'Bv03',
        stuurgegevens: { zender: GEMEENTE, ontvanger: GGK, referentienummer, tijdstipBericht: '20260506101113000', crossRefnummer: incoming.stuurgegevens.referentienummer },
      },
    });
  });

  it('Fo03 fault from a parse failure: soap:Client, StUF code, addressed from what could be read', () => {
    const bad = buildDi01(di01Args(utf8(jw315()), { zender: GGK, ontvanger: GEMEENTE }))
      .replace(/<GGK:functieVersie>0003</, '<GGK:functieVersie>3<');
    const f = fault(parseStufRequest(bad));
    expect(f.context?.zender).toEqual(GGK);
    const xml = buildFo03Fault({
      zender: GEMEENTE, ontvanger: f.context!.zender!, crossRefnummer: f.context!.referentienummer,
      referentienummer: newReferentienummer(), tijdstipBericht: formatStufTijdstip(new Date()), ...foutFromFault(f),
    });
    expect(oursSoap(xml).errors).toEqual([]);
    const r = parseStufResponse(xml);
    if (!r.ok || r.value.kind !== 'Fault') expect.fail(JSON.stringify(r));
    expect(r.value.faultcode).toBe('soap:Client');
    expect(r.value.faultstring).toContain('GGK:functieVersie');
    expect(r.value.fo03?.fout.code).toBe('StUF055');
    expect(r.value.fo03?.fout.plek).toBe('client');
    expect(r.value.fo03?.fout.details).toContain('/GGK:parameters/GGK:functieVersie');
    expect(r.value.fo03?.stuurgegevens.crossRefnummer).toBe(f.context!.referentienummer);
    expect(r.value.fo03?.stuurgegevens.ontvanger).toEqual(GGK);
  });

  it('Fo03 fault: server plek gives soap:Server; an unknown crossRefnummer stays empty; long messages are cut to fit', () => {
    const xml = buildFo03Fault({
      zender: GEMEENTE, ontvanger: GGK, referentienummer: newReferentienummer(), tijdstipBericht: '20260506',
      ...foutFromFault({ code: 'StUF058', plek: 'server', message: 'x'.repeat(1500) }),
    });
    expect(oursSoap(xml).errors).toEqual([]);
    const r = parseStufResponse(xml);
    if (!r.ok || r.value.kind !== 'Fault') expect.fail(JSON.stringify(r));
    expect(r.value.faultcode).toBe('soap:Server');
    expect(r.value.fo03?.stuurgegevens.crossRefnummer).toBe('');
    expect([...r.value.fo03!.fout.omschrijving]).toHaveLength(200);
    expect([...r.value.fo03!.fout.details!]).toHaveLength(1000);
  });

  it('Fo01 (asynchronous error request) round trips through parseStufRequest', () => {
    const incoming = heen();
    const args = {
      ...answerTo(incoming.stuurgegevens), referentienummer: newReferentienummer(), tijdstipBericht: '20260506101500000',
      code: 'StUF055', plek: 'client' as const, omschrijving: 'Berichtbody is niet conform schema', details: 'JW315: line 3: Element Foo not expected',
    };
    const xml = buildFo01(args);
    expect(oursSoap(xml).errors).toEqual([]);
    const r = ok(parseStufRequest(xml));
    expect(r).toEqual({
      kind: 'Fo01',
      stuurgegevens: { zender: GEMEENTE, ontvanger: GGK, referentienummer: args.referentienummer, tijdstipBericht: args.tijdstipBericht, crossRefnummer: incoming.stuurgegevens.referentienummer },
      fout: { code: 'StUF055', plek: 'client', omschrijving: args.omschrijving, details: args.details },
      hasDetailsXML: false,
    });
  });
});

describe('builders refuse what the schemas would', () => {
  const cases: [string, () => string, RegExp][] = [
    ['upper-case referentienummer', () => buildDi01(di01Args(utf8('<x/>'), { referentienummer: newReferentienummer().toUpperCase() })), /^referentienummer: .*version 4 UUID/],
    ['version 1 UUID', () => buildDi01(di01Args(utf8('<x/>'), { referentienummer: '9c0f7b90-5c69-11e5-a837-0800200c9a66' })), /^referentienummer:/],
    ['Du01 without crossRefnummer', () => buildDu01({ ...di01Args(utf8('<x/>')) } as never), /^crossRefnummer: is required/],
    ['bestandsnaam on xmlBestand', () => buildDi01(di01Args(utf8('<x/>'), { bestandsnaam: 'a.xml' })), /^bestandsnaam: only a tekstBestand/],
    ['tekstBestand without bestandsnaam', () => buildDi01(di01Args(utf8('x'), { bestand: 'tekstBestand' })), /^bestandsnaam: is required/],
    ['bad bestandsnaam', () => buildDi01(di01Args(utf8('x'), { bestand: 'tekstBestand', bestandsnaam: 'a b.csv' })), /^bestandsnaam:/],
    ['applicatie of 2 characters', () => buildDi01(di01Args(utf8('<x/>'), { zender: { organisatie: '0384', applicatie: 'ab' } })), /^zender\.applicatie: must be 3 to 50/],
    ['functie of 31 characters', () => buildDi01(di01Args(utf8('<x/>'), { functie: 'J'.repeat(31) })), /^functie: must be at most 30/],
    ['a control character', () => buildDi01(di01Args(utf8('<x/>'), { functie: 'JW\u0001' })), /^functie: contains U\+0001/],
    ['a 1-digit version', () => buildDi01(di01Args(utf8('<x/>'), { parameters: { ...PARAMETERS, functieVersie: '3' } })), /^parameters\.functieVersie: must be exactly 4 digits/],
    ['tijdstip with separators', () => buildDi01(di01Args(utf8('<x/>'), { tijdstipBericht: '2026-05-06' })), /^tijdstipBericht:/],
    ['an empty payload', () => buildDi01(di01Args(new Uint8Array(0))), /^payload: is empty/],
    ['plek other than client/server', () => buildFo01({ zender: GEMEENTE, ontvanger: GGK, referentienummer: newReferentienummer(), tijdstipBericht: '20260506', crossRefnummer: newReferentienummer(), code: 'StUF055', plek: 'elders' as never, omschrijving: 'x' }), /^plek:/],
    ['a foutcode of 8 characters', () => buildFo01({ zender: GEMEENTE, ontvanger: GGK, referentienummer: newReferentienummer(), tijdstipBericht: '20260506', crossRefnummer: newReferentienummer(), code: 'StUF0555', plek: 'client', omschrijving: 'x' }), /^code:/],
    ['Fo01 with an empty crossRefnummer', () => buildFo01({ zender: GEMEENTE, ontvanger: GGK, referentienummer: newReferentienummer(), tijdstipBericht: '20260506', crossRefnummer: '', code: 'StUF055', plek: 'client', omschrijving: 'x' }), /^crossRefnummer: is empty/],
  ];
  for (const [name, build, message] of cases) {
    it(name, () => {
      let error: unknown;
      try {
        build();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StufBuildError);
      expect((error as Error).message).toMatch(message);
    });
  }
});

describe('refusals name the element', () => {
  const good = (): string => buildDi01(di01Args(utf8(jw315()), { zender: GGK, ontvanger: GEMEENTE }));
  const cases: { name: string; xml: () => string; code?: string; plek?: 'client' | 'server'; message: RegExp; path?: RegExp; soapFaultcode?: string }[] = [
    { name: 'not XML', xml: () => 'hello', message: /not well-formed XML/ },
    { name: 'a DOCTYPE', xml: () => `<!DOCTYPE x [<!ENTITY e "x">]>${good().replace(/^<\?xml[^>]*\?>\s*/, '')}`, message: /not well-formed XML: a document type declaration/ },
    { name: 'an undefined entity', xml: () => good().replace('<StUF:functie>JW315', '<StUF:functie>&e;'), message: /entity &e; is not defined/ },
    { name: 'an undeclared prefix', xml: () => good().replace('<StUF:functie>JW315</StUF:functie>', '<X:functie>JW315</X:functie>'), message: /prefix "X" of X:functie is not declared/ },
    { name: 'a mismatched end tag', xml: () => good().replace('</StUF:functie>', '</StUF:Functie>'), message: /end tag <\/StUF:Functie> does not match <StUF:functie>/ },
    { name: 'a duplicate attribute', xml: () => good().replace('<soap:Body>', '<soap:Body a="1" a="2">'), message: /attribute a appears twice/ },
    { name: 'the same attribute under two prefixes', xml: () => good().replace('<soap:Body>', '<soap:Body xmlns:p="urn:p" xmlns:q="urn:p" p:a="1" q:a="2">'), message: /attributes q:a and another name for \{urn:p\}a/ },
    { name: '"--" in a comment', xml: () => good().replace('<soap:Body>', '<soap:Body><!-- a -- b -->'), message: /"--" inside a comment/ },
    { name: 'a control character', xml: () => good().replace('JW315</StUF:functie>', 'JW\u0001315</StUF:functie>'), message: /character U\+0001 is not allowed/ },
    { name: '"]]>" in text', xml: () => good().replace('JW315</StUF:functie>', 'JW]]>315</StUF:functie>'), message: /"\]\]>" is not allowed in text/ },
    { name: 'content after the root', xml: () => `${good()}<x/>`, message: /content after the root element/ },
    { name: 'an encoding other than UTF-8', xml: () => good().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), message: /encoding "ISO-8859-1" declared/ },
    { name: 'not SOAP (a bare Di01 body)', xml: () => cut(good(), 'soap:Body'), message: /not a SOAP message: the root element is GGK:envelopHeenbericht-ggk_Di01, expected soap:Envelope/, path: /^\/GGK:envelopHeenbericht-ggk_Di01$/ },
    { name: 'SOAP 1.2', xml: () => good().replace('http://schemas.xmlsoap.org/soap/envelope/', 'http://www.w3.org/2003/05/soap-envelope'), message: /soap:Envelope is in SOAP 1\.2/, soapFaultcode: 'VersionMismatch' },
    { name: 'a header that must be understood', xml: () => good().replace('<soap:Body>', '<soap:Header><w:Security xmlns:w="urn:x" soap:mustUnderstand="1"/></soap:Header><soap:Body>'), message: /header \{urn:x\}Security has soap:mustUnderstand="1"/, soapFaultcode: 'MustUnderstand' },
    { name: 'an element after soap:Body', xml: () => good().replace('</soap:Body>', '</soap:Body><x/>'), message: /unexpected element x in soap:Envelope/ },
    { name: 'an empty soap:Body', xml: () => '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body/></s:Envelope>', message: /soap:Body is empty; expected GGK:envelopHeenbericht-ggk_Di01/ },
    { name: 'two elements in soap:Body', xml: () => good().replace('</soap:Body>', '<x:y xmlns:x="urn:x"/></soap:Body>'), message: /soap:Body must contain one element, but \{urn:x\}y follows/ },
    { name: 'the body element in the wrong namespace', xml: () => good().replace(`xmlns:GGK="${NS_GGK}"`, 'xmlns:GGK="http://www.egem.nl/StUF/sector/ggk/0210"'), message: /GGK:envelopHeenbericht-ggk_Di01 in soap:Body is in the wrong namespace/ },
    { name: 'an unknown body element', xml: () => good().replace(/GGK:envelopHeenbericht-ggk_Di01/g, 'GGK:envelopHeenbericht-ggk_Di02'), message: /unknown element GGK:envelopHeenbericht-ggk_Di02 in soap:Body/ },
    { name: 'a StUF message this service has no operation for', xml: () => `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><StUF:Lv01Bericht xmlns:StUF="${NS_STUF}"/></s:Body></s:Envelope>`, code: 'StUF025', plek: 'server', message: /StUF:Lv01Bericht: berichtcode Lv01 is not supported/ },
    { name: 'missing referentienummer', xml: () => good().replace(/\s*<StUF:referentienummer>[^<]*<\/StUF:referentienummer>/, ''), message: /StUF:referentienummer is missing in GGK:stuurgegevens \(found StUF:tijdstipBericht/, path: /GGK:stuurgegevens\/StUF:referentienummer$/ },
    { name: 'a non-UUIDv4 referentienummer', xml: () => good().replace(/<StUF:referentienummer>[^<]*</, '<StUF:referentienummer>12345<'), message: /StUF:referentienummer must be a lower-case version 4 UUID/ },
    { name: 'missing xmlBestand', xml: () => good().replace(/<GGK:xmlBestand>[^<]*<\/GGK:xmlBestand>/, ''), message: /GGK:xmlBestand is missing: GGK:bericht is empty/, path: /GGK:bericht\/GGK:xmlBestand$/ },
    { name: 'missing GGK:bericht', xml: () => good().replace(/<GGK:bericht>[\s\S]*<\/GGK:bericht>/, ''), message: /GGK:bericht is missing in GGK:parameters/ },
    { name: 'bad base64', xml: () => good().replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>PHgv-Pg==<'), message: /GGK:xmlBestand is not valid base64: character "-"/ },
    { name: 'base64 without padding', xml: () => good().replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>PHgvPg<'), message: /GGK:xmlBestand is not valid base64: .*multiple of 4/ },
    { name: 'base64 with stray bits before "=="', xml: () => good().replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>PHgvPh==<'), message: /GGK:xmlBestand is not valid base64: non-zero bits before "=="/ },
    { name: 'base64 with stray bits before "="', xml: () => good().replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>PHgvPHl=<'), message: /GGK:xmlBestand is not valid base64: non-zero bits before "="/ },
    { name: 'a group of non-base64 characters (libxml2 lets it through)', xml: () => good().replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>PHgv!!!!<'), message: /GGK:xmlBestand is not valid base64: character "!"/ },
    { name: 'an empty xmlBestand', xml: () => good().replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand><'), message: /GGK:xmlBestand is empty/ },
    { name: 'berichtcode Du01 in a Di01 envelope', xml: () => good().replace('<StUF:berichtcode>Di01<', '<StUF:berichtcode>Du01<'), message: /StUF:berichtcode must be Di01 in GGK:envelopHeenbericht-ggk_Di01, not "Du01"/ },
    { name: 'stuurgegevens in the StUF namespace', xml: () => good().replace(/GGK:stuurgegevens/g, 'StUF:stuurgegevens'), message: /StUF:stuurgegevens is in the wrong namespace: http:\/\/www\.egem\.nl\/StUF\/StUF0301; GGK:stuurgegevens must be in http:\/\/www\.stufstandaarden\.nl\/koppelvlak\/ggk0210/ },
    { name: 'an attribute on xmlBestand', xml: () => good().replace('<GGK:xmlBestand>', '<GGK:xmlBestand bestandsnaam="JW315.xml">'), message: /attribute bestandsnaam is not allowed on GGK:xmlBestand/ },
    { name: 'text in element-only content', xml: () => good().replace('<GGK:parameters>', '<GGK:parameters>oops'), message: /GGK:parameters may only contain elements, but contains the text "oops"/ },
    { name: 'an element inside a value', xml: () => good().replace('<StUF:functie>JW315', '<StUF:functie><b>JW315</b>'), message: /StUF:functie must contain text only, but contains element b/ },
    { name: 'a crossRefnummer in a Di01', xml: () => good().replace('<StUF:functie>', `<StUF:crossRefnummer>${newReferentienummer()}</StUF:crossRefnummer><StUF:functie>`), message: /unexpected element StUF:crossRefnummer in GGK:stuurgegevens; expected StUF:functie/ },
    { name: 'zender without organisatie', xml: () => good().replace(/<StUF:organisatie>IB<\/StUF:organisatie>/, ''), message: /StUF:organisatie is missing in StUF:zender/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const f = fault(parseStufRequest(c.xml()));
      expect(f.message).toMatch(c.message);
      expect(f.code).toBe(c.code ?? 'StUF055');
      expect(f.plek).toBe(c.plek ?? 'client');
      if (c.path) expect(f.path).toMatch(c.path);
      expect(f.soapFaultcode).toBe(c.soapFaultcode);
    });
  }

  it('CDATA, character references and CR LF line ends are read as XML says', () => {
    const r = ok(parseStufRequest(good().replace(/\n/g, '\r\n').replace('<StUF:functie>JW315<', '<StUF:functie>&#x4A;<![CDATA[W3]]>&#49;5<')));
    expect(r.kind !== 'Fo01' && r.stuurgegevens.functie).toBe('JW315');
  });

  it('keeps zender and referentienummer for the Fo03 even when stuurgegevens fail', () => {
    const xml = good();
    const ref = /<StUF:referentienummer>([^<]*)</.exec(xml)![1];
    const f = fault(parseStufRequest(xml.replace(/<StUF:tijdstipBericht>[^<]*</, '<StUF:tijdstipBericht>gisteren<')));
    expect(f.message).toMatch(/StUF:tijdstipBericht must be 8 to 17 digits/);
    expect(f.context).toEqual({ berichtcode: 'Di01', zender: GGK, ontvanger: GEMEENTE, referentienummer: ref });
  });

  it('a Du01 needs its crossRefnummer', () => {
    const du01 = buildDu01({ ...di01Args(utf8(jw316())), crossRefnummer: newReferentienummer() });
    const f = fault(parseStufRequest(du01.replace(/\s*<StUF:crossRefnummer>[^<]*<\/StUF:crossRefnummer>/, '')));
    expect(f.message).toMatch(/StUF:crossRefnummer is missing in GGK:stuurgegevens/);
  });
});

describe('parseStufResponse', () => {
  it('reads a fault without a Fo03 detail', () => {
    const r = parseStufResponse('<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>down</faultstring></s:Fault></s:Body></s:Envelope>');
    expect(r).toEqual({ ok: true, value: { kind: 'Fault', faultcode: 's:Server', faultstring: 'down' } });
  });

  it('refuses a Bv03 with the wrong berichtcode', () => {
    const xml = buildBv03({ zender: GEMEENTE, ontvanger: GGK, referentienummer: newReferentienummer(), tijdstipBericht: '20260506', crossRefnummer: newReferentienummer() });
    const r = parseStufResponse(xml.replace('>Bv03<', '>Bv01<'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fault.message).toMatch(/StUF:berichtcode must be Bv03 in StUF:Bv03Bericht/);
  });
});

describe('formatStufTijdstip and newReferentienummer', () => {
  it('writes Dutch local time: CET in winter, CEST in summer, across the clock change', () => {
    expect(formatStufTijdstip(new Date('2024-01-15T12:34:56.789Z'))).toBe('20240115133456789');
    expect(formatStufTijdstip(new Date('2024-07-15T12:34:56.007Z'))).toBe('20240715143456007');
    expect(formatStufTijdstip(new Date('2024-03-31T00:59:59.000Z'))).toBe('20240331015959000');
    expect(formatStufTijdstip(new Date('2024-03-31T01:00:00.000Z'))).toBe('20240331030000000');
    expect(formatStufTijdstip(new Date('2024-12-31T23:00:00.000Z'), 'seconds')).toBe('20250101000000');
    expect(() => formatStufTijdstip(new Date('nonsense'))).toThrow(RangeError);
  });

  it('gives unique lower-case version 4 UUIDs', () => {
    const refs = Array.from({ length: 200 }, newReferentienummer);
    for (const r of refs) expect(r).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(refs).size).toBe(refs.length);
  });
});

describe('our schemas (schemas/stuf-ggk) accept what the builders write', () => {
  it('Di01, Du01, tekstBestand, Bv03, Fo01 and Fo03 fault as whole SOAP messages', () => {
    for (const xml of builtMessages()) expect(oursSoap(xml).errors).toEqual([]);
  });

  it('and refuse broken ones (the validation can fail)', () => {
    const [di01] = builtMessages();
    expect(oursSoap(di01!.replace(/<StUF:referentienummer>[^<]*</, '<StUF:referentienummer>12345<')).valid).toBe(false);
    expect(oursSoap(di01!.replace('<soap:Body>', '<soap:Body><x:y xmlns:x="urn:x"/>')).valid).toBe(false);
    expect(oursSoap(di01!.replace(/GGK:functieVersie/g, 'GGK:functieversie')).valid).toBe(false);
  });
});

/** One of each message the builders write. */
function builtMessages(): string[] {
  const addressing = { zender: GEMEENTE, ontvanger: GGK, referentienummer: newReferentienummer(), tijdstipBericht: formatStufTijdstip(new Date()), crossRefnummer: newReferentienummer() };
  const fout = { code: 'StUF055', plek: 'client' as const, omschrijving: 'Berichtbody is niet conform schema', details: 'line 3' };
  return [
    buildDi01(di01Args(utf8(jw315()), { zender: { ...GEMEENTE, administratie: 'jeugd', gebruiker: 'svc' } })),
    buildDu01({ ...di01Args(utf8(jw316())), functie: 'JW316', crossRefnummer: newReferentienummer() }),
    buildDi01(di01Args(utf8('a;b'), { bestand: 'tekstBestand', bestandsnaam: 'lijst.csv' })),
    buildBv03(addressing),
    buildFo01({ ...addressing, ...fout }),
    buildFo03Fault({ ...addressing, ...fout }),
    buildFo03Fault({ ...addressing, crossRefnummer: undefined, ...fout, plek: 'server', code: 'StUF058' }),
  ];
}

describeStuf('official schemas (../shared/stuf-ggk) accept what the builders write', () => {
  let official: Libxml2SchemaSet;
  beforeAll(() => {
    new Libxml2SchemaSet(join(STUF_DIR, '0301'));
    official = new Libxml2SchemaSet(join(STUF_DIR, 'ggk0210/ggkberichten'));
  });
  /** The official WSDL's schema: both envelopes, and via stuf0301.xsd Bv03/Fo01/Fo03. */
  const validate = (xml: string) => official.validate('ggk0210_msg_ggkberichten', xml);

  it('the official examples are valid (sanity check of the set-up)', () => {
    for (const f of Object.values(EXAMPLE)) expect(validate(readExample(f)).errors, f).toEqual([]);
  });

  it('every built message: the element in soap:Body (or in the fault detail)', () => {
    for (const xml of builtMessages()) {
      const content = xml.includes('<soap:Fault>') ? cut(xml, 'detail') : cut(xml, 'soap:Body');
      expect(validate(content).errors, content.slice(0, 80)).toEqual([]);
    }
  });

  it('and a broken one is refused (the validation can fail)', () => {
    const body = cut(builtMessages()[1]!, 'soap:Body');
    expect(validate(body.replace(/\s*<StUF:crossRefnummer>[^<]*<\/StUF:crossRefnummer>/, '')).valid).toBe(false);
  });

  it('our schemas judge the official examples as the official schemas do', () => {
    for (const f of Object.values(EXAMPLE)) {
      expect(ours.validate('ggk0210', readExample(f)).errors, f).toEqual([]);
      expect(oursSoap(soap(readExample(f))).errors, f).toEqual([]);
    }
  });

  // Each mutation of an official example: parser, official schemas and our schemas agree.
  const mutations: [file: string, name: string, mutate: (s: string) => string][] = [
    [EXAMPLE.di01Xml, 'unchanged', (s) => s],
    [EXAMPLE.di01Xml, 'upper-case referentienummer', (s) => s.replace('9c0f7b90-5c69-41e5', '9C0F7B90-5C69-41E5')],
    [EXAMPLE.di01Xml, 'version 1 referentienummer', (s) => s.replace('9c0f7b90-5c69-41e5', '9c0f7b90-5c69-11e5')],
    [EXAMPLE.di01Xml, 'no referentienummer', (s) => s.replace(/\s*<StUF:referentienummer>[^<]*<\/StUF:referentienummer>/, '')],
    [EXAMPLE.di01Xml, 'tijdstipBericht before referentienummer', (s) => s.replace(/(\s*<StUF:referentienummer>[^<]*<\/StUF:referentienummer>)(\s*<StUF:tijdstipBericht>[^<]*<\/StUF:tijdstipBericht>)/, '$2$1')],
    [EXAMPLE.di01Xml, 'tijdstip with dashes', (s) => s.replace('>20160421132514<', '>2016-04-21<')],
    [EXAMPLE.di01Xml, 'tijdstip of 18 digits', (s) => s.replace('>20160421132514<', '>201604211325140001<')],
    [EXAMPLE.di01Xml, 'tijdstip of 8 digits', (s) => s.replace('>20160421132514<', '>20160421<')],
    [EXAMPLE.di01Xml, 'applicatie of 2 characters', (s) => s.replace('>Wmo Applicatie<', '>Wm<')],
    [EXAMPLE.di01Xml, 'functie of 31 characters', (s) => s.replace('>WMO301<', `>${'W'.repeat(31)}<`)],
    [EXAMPLE.di01Xml, 'functie of 30 characters', (s) => s.replace('>WMO301<', `>${'W'.repeat(30)}<`)],
    [EXAMPLE.di01Xml, 'applicatieVersie "4"', (s) => s.replace('<GGK:applicatieVersie>0004<', '<GGK:applicatieVersie>4<')],
    [EXAMPLE.di01Xml, 'base64 without padding', (s) => s.replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>QQ<')],
    [EXAMPLE.di01Xml, 'base64 with stray bits before "="', (s) => s.replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>QUJ=<')],
    [EXAMPLE.di01Xml, 'base64 with stray bits before "=="', (s) => s.replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>QR==<')],
    [EXAMPLE.di01Xml, 'base64 with a space inside "= ="', (s) => s.replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>Q Q = =<')],
    [EXAMPLE.di01Xml, 'base64 with line breaks', (s) => s.replace(/<GGK:xmlBestand>([^<]{20})([^<]*)</, '<GGK:xmlBestand>\n\t$1\r\n\t$2\n<')],
    [EXAMPLE.di01Xml, 'a crossRefnummer in the Di01', (s) => s.replace('<StUF:functie>', '<StUF:crossRefnummer>b6e9f182-bc44-4f27-9863-9a5ccc1e1cf0</StUF:crossRefnummer><StUF:functie>')],
    [EXAMPLE.di01Xml, 'administratie and gebruiker', (s) => s.replace('<StUF:applicatie>Wmo Applicatie</StUF:applicatie>', '<StUF:applicatie>Wmo Applicatie</StUF:applicatie><StUF:administratie>jeugd</StUF:administratie><StUF:gebruiker>u</StUF:gebruiker>')],
    [EXAMPLE.di01Xml, 'gebruiker before administratie', (s) => s.replace('<StUF:applicatie>Wmo Applicatie</StUF:applicatie>', '<StUF:applicatie>Wmo Applicatie</StUF:applicatie><StUF:gebruiker>u</StUF:gebruiker><StUF:administratie>jeugd</StUF:administratie>')],
    [EXAMPLE.di01Xml, 'no organisatie in zender', (s) => s.replace('<StUF:organisatie>0548</StUF:organisatie>', '')],
    [EXAMPLE.di01Xml, 'berichtcode Du01', (s) => s.replace('>Di01<', '>Du01<')],
    [EXAMPLE.di01Xml, 'an extra element in parameters', (s) => s.replace('<GGK:bericht>', '<GGK:extra/><GGK:bericht>')],
    [EXAMPLE.di01Xml, 'functie without namespace', (s) => s.replace(/<StUF:functie>([^<]*)<\/StUF:functie>/, '<functie>$1</functie>')],
    [EXAMPLE.di01Xml, 'parameters in the StUF namespace', (s) => s.replace(/GGK:parameters/g, 'StUF:parameters')],
    [EXAMPLE.di01Xml, 'bestandsnaam on xmlBestand', (s) => s.replace('<GGK:xmlBestand>', '<GGK:xmlBestand bestandsnaam="x.xml">')],
    [EXAMPLE.di01Xml, 'xsi:nil on functie', (s) => s.replace('<StUF:functie>', '<StUF:functie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true">')],
    [EXAMPLE.di01Xml, 'both xmlBestand and tekstBestand', (s) => s.replace('</GGK:bericht>', '<GGK:tekstBestand bestandsnaam="a.csv">QQ==</GGK:tekstBestand></GGK:bericht>')],
    [EXAMPLE.di01Xml, 'comments, PIs and other prefixes', (s) => s.replace(/GGK:/g, 'ggk:').replace('xmlns:GGK=', 'xmlns:ggk=').replace('<ggk:parameters>', '<!-- parameters --><?keep me?><ggk:parameters>')],
    [EXAMPLE.di01Tekst, 'unchanged', (s) => s],
    [EXAMPLE.di01Tekst, 'no bestandsnaam', (s) => s.replace(' bestandsnaam="AanleveringQ1.csv"', '')],
    [EXAMPLE.di01Tekst, 'bestandsnaam with a space', (s) => s.replace('AanleveringQ1.csv', 'Aanlevering Q1.csv')],
    [EXAMPLE.di01Tekst, 'bestandsnaam of 3 characters', (s) => s.replace('AanleveringQ1.csv', 'a.c')],
    [EXAMPLE.du01, 'unchanged', (s) => s],
    [EXAMPLE.du01, 'no crossRefnummer', (s) => s.replace(/\s*<StUF:crossRefnummer>[^<]*<\/StUF:crossRefnummer>/, '')],
    [EXAMPLE.du01, 'version 1 crossRefnummer', (s) => s.replace('<StUF:crossRefnummer>9c0f7b90-5c69-41e5', '<StUF:crossRefnummer>9c0f7b90-5c69-11e5')],
    [EXAMPLE.du01, 'functie before crossRefnummer', (s) => s.replace(/(\s*<StUF:crossRefnummer>[^<]*<\/StUF:crossRefnummer>)(\s*<StUF:functie>[^<]*<\/StUF:functie>)/, '$2$1')],
    [EXAMPLE.fo01, 'unchanged', (s) => s],
    [EXAMPLE.fo01, 'plek "elders"', (s) => s.replace('>client<', '>elders<')],
    [EXAMPLE.fo01, 'code of 8 characters', (s) => s.replace('>IB210<', '>IB210000<')],
    [EXAMPLE.fo01, 'no crossRefnummer', (s) => s.replace(/\s*<StUF:crossRefnummer>[^<]*<\/StUF:crossRefnummer>/, '')],
    [EXAMPLE.fo01, 'no details and no detailsXML', (s) => s.replace(/\s*<StUF:details>[^<]*<\/StUF:details>/, '').replace(/\s*<StUF:detailsXML>[\s\S]*<\/StUF:detailsXML>/, '')],
    [EXAMPLE.fo01, 'omschrijving of 201 characters', (s) => s.replace(/<StUF:omschrijving>[^<]*</, `<StUF:omschrijving>${'o'.repeat(201)}<`)],
    [EXAMPLE.fo01, 'referentienummer of 41 characters', (s) => s.replace('78002f23-5bc5-4e3e-96ad-1d209d32a5d5', 'x'.repeat(41))],
  ];
  for (const [file, name, mutate] of mutations) {
    it(`${file}: ${name}`, () => {
      const body = mutate(readExample(file));
      if (name !== 'unchanged') expect(body, 'the mutation changed nothing').not.toBe(readExample(file));
      const verdictOfficial = validate(body).valid;
      const verdictOurs = ours.validate('ggk0210', body).valid;
      const parsed = parseStufRequest(soap(body));
      expect({ ours: verdictOurs, parser: parsed.ok ? true : parsed.fault.message }).toEqual({ ours: verdictOfficial, parser: verdictOfficial ? true : expect.any(String) });
    });
  }
});
