/**
 * Property: for every message, a valid typed object (model-driven arbitrary) is built to XML
 * that libxml2 accepts with our schemas, and parsing that XML gives back the same object.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, type MessageCode } from '../../src/message/model/dsl.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { Libxml2SchemaSet } from '../../src/message/xsd/libxml2.js';
import { berichtArb } from '../support/arbitrary.js';
import { OUR_XSD_DIR } from '../support/shared.js';

const libxml2 = new Libxml2SchemaSet(OUR_XSD_DIR);

describe('build → libxml2 → parse round trip', () => {
  it.each(MESSAGE_CODES.map((c) => [c]))('%s', (code: MessageCode) => {
    fc.assert(fc.property(berichtArb(code), (bericht) => {
      const xml = buildMessage(code, bericht);
      const lib = libxml2.validate(code, xml);
      expect(lib.errors).toEqual([]);
      expect(lib.valid).toBe(true);
      const parsed = parseMessage(xml, { expect: code });
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      if (parsed.ok) {
        expect(parsed.code).toBe(code);
        expect(parsed.bericht).toStrictEqual(bericht);
      }
    }), { numRuns: 25 });
  });

  it('the output follows OP192: declaration, CR LF line ends, tab indentation, prefixes on the root', () => {
    const [bericht] = fc.sample(berichtArb('JW323'), { numRuns: 1, seed: 3 });
    const xml = buildMessage('JW323', bericht!);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\r\n<jw323:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">\r\n\t<jw323:Header>\r\n\t\t<jw323:BerichtCode>490</jw323:BerichtCode>\r\n')).toBe(true);
    expect(xml.endsWith('</jw323:Bericht>\r\n')).toBe(true);
    // every line end is CR LF (a CR inside a value is written as &#13;)
    expect(xml.split('\r\n').every((line) => !line.includes('\r'))).toBe(true);
  });
});
