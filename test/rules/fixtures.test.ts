import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES } from '../../src/message/model/index.js';
import { runRules } from '../../src/process/rules/engine.js';
import { BAD_BSN, BSN, FIXTURE_CODES, clone, fixture } from '../fixtures/berichten.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { elfproef } from '../../src/process/rules/support.js';
import { toXml } from './xml.js';

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

describe('baseline fixtures against the XSD (through the validating parser)', () => {
  it.each([...MESSAGE_CODES])('%s is XSD-valid and survives a round trip', (code) => {
    const b = fixture(code);
    const parsed = parseMessage(toXml(code, b), { expect: code });
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(parsed.bericht).toEqual(b);
  });
});
