import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES } from '../../src/message/model/index.js';
import { runRules } from '../../src/process/rules/engine.js';
import { BAD_BSN, BSN, FIXTURE_CODES, clone, fixture } from '../fixtures/berichten.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { elfproef } from '../../src/process/rules/support.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { Libxml2SchemaSet } from '../../src/message/xsd/libxml2.js';
import { OUR_XSD_DIR } from '../support/shared.js';

describe('baseline fixtures', () => {
  it('exist for every message', () => {
    expect([...FIXTURE_CODES].sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it.each([...MESSAGE_CODES])('%s passes every registered rule', (code) => {
    expect(runRules(code, fixture(code))).toEqual([]);
  });

  it('hands out independent copies', () => {
    const a = fixture('JW323');
    a.Declaratie.DeclaratieNummer = 'CHANGED';
    expect(fixture('JW323').Declaratie.DeclaratieNummer).toBe('DN001');
    const b = clone(a);
    b.Declaratie.Clienten.Client.pop();
    expect(a.Declaratie.Clienten.Client).toHaveLength(2);
  });

  it('uses test BSNs that pass the 11-test, and a BAD_BSN that fails it', () => {
    for (const bsn of Object.values(BSN)) {
      expect(elfproef(bsn)).toBe(true);
      expect(Number(bsn)).toBeGreaterThanOrEqual(999900006);
      expect(Number(bsn)).toBeLessThanOrEqual(999999990);
    }
    expect(elfproef(BAD_BSN)).toBe(false);
  });
});

describe('baseline fixtures against the XSD', () => {
  const libxml2 = new Libxml2SchemaSet(OUR_XSD_DIR);
  it.each([...MESSAGE_CODES])('%s is XSD-valid (libxml2) and survives a round trip', (code) => {
    const b = fixture(code);
    const xml = buildMessage(code, b);
    expect(libxml2.validate(code, xml).errors).toEqual([]);
    const parsed = parseMessage(xml, { expect: code });
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(parsed.bericht).toEqual(b);
  });
});
