/**
 * The official examples through our parser, as they are shipped: JW315 and JW318 are invalid
 * (an impossible date; a RetourCode where the schema has none) and must be rejected at CL1 with
 * the offending element and its line; the other twelve must be accepted as their own message.
 */
import { expect, it } from 'vitest';
import { MESSAGE_CODES } from '../../src/message/model/index.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { OFFICIAL_EXAMPLES_DIR, describeShared } from '../support/shared.js';
import { readExample } from './mutations.js';

/** 1-based numbers of the lines that satisfy `test`. */
const linesWhere = (xml: string, test: (line: string, i: number, all: string[]) => boolean): number[] =>
  xml.split('\n').flatMap((l, i, all) => (test(l, i, all) ? [i + 1] : []));

describeShared('official examples through parseMessage', () => {
  for (const code of MESSAGE_CODES.filter((c) => c !== 'JW315' && c !== 'JW318')) {
    it(`${code} is accepted as ${code}`, () => {
      const r = parseMessage(readExample(OFFICIAL_EXAMPLES_DIR, code));
      expect(r.ok ? [] : r.errors).toEqual([]);
      expect(r.code).toBe(code);
    });
  }

  it('JW315 is rejected at CL1: ToewijzingEinddatum 2027-06-31, with its line', () => {
    const xml = readExample(OFFICIAL_EXAMPLES_DIR, 'JW315');
    const lines = linesWhere(xml, (l) => l.includes('ToewijzingEinddatum>2027-06-31<'));
    expect(lines.length).toBeGreaterThan(0);
    const r = parseMessage(xml);
    if (r.ok) return expect.fail('JW315 as shipped was accepted');
    expect(r.code).toBe('JW315');
    expect(r.errors.map((e) => e.kind)).toEqual(r.errors.map(() => 'xsd'));
    const hit = r.errors.filter(
      (e) => (e.element === 'ToewijzingEinddatum' || e.message.includes('ToewijzingEinddatum')) && e.message.includes('2027-06-31'),
    );
    expect(hit.length, JSON.stringify(r.errors, null, 2)).toBeGreaterThan(0);
    for (const e of hit) expect(lines).toContain(e.line);
    // Only that date is wrong.
    expect(r.errors.filter((e) => !hit.includes(e))).toEqual([]);
  });

  it('JW318 is rejected at CL1: the RetourCode directly in Verzoek, with its line', () => {
    const xml = readExample(OFFICIAL_EXAMPLES_DIR, 'JW318');
    // The stray RetourCode follows RedenVerzoek; elsewhere RetourCode sits inside RetourCodes.
    const lines = linesWhere(xml, (l, i, all) => l.includes('RetourCode>') && (all[i - 1] ?? '').includes('RedenVerzoek>'));
    expect(lines).toHaveLength(1);
    const r = parseMessage(xml);
    if (r.ok) return expect.fail('JW318 as shipped was accepted');
    expect(r.code).toBe('JW318');
    expect(r.errors.map((e) => e.kind)).toEqual(r.errors.map(() => 'xsd'));
    const hit = r.errors.filter((e) => e.element === 'RetourCode' || /\bRetourCode\b/.test(e.message));
    expect(hit.length, JSON.stringify(r.errors, null, 2)).toBeGreaterThan(0);
    expect(hit[0]!.line).toBe(lines[0]);
  });
});
