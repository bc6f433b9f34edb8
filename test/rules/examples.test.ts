/**
 * The official example messages through the CL2 rules: the rule engine must flag exactly the
 * in-message errors the examples are known to contain (ijw-rules.md §9.2) and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MESSAGE_CODES, type MessageCode } from '../../src/message/model/index.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { runRules } from '../../src/process/rules/engine.js';
import type { Violation } from '../../src/process/rules/types.js';
import { OFFICIAL_EXAMPLES_DIR, describeShared } from '../support/shared.js';

function check(code: MessageCode, patch: (xml: string) => string = (x) => x): Violation[] {
  const parsed = parseMessage(patch(readFileSync(join(OFFICIAL_EXAMPLES_DIR, `${code}.xml`), 'utf8')), { expect: code });
  if (!parsed.ok) throw new Error(`${code} fails CL1: ${parsed.errors[0]?.message}`);
  return runRules(parsed.code, parsed.bericht, { lineOf: parsed.lineOf });
}

describeShared('official examples through the CL2 rules', () => {
  const clean = MESSAGE_CODES.filter((c) => !['JW315', 'JW317', 'JW318', 'JW323'].includes(c));

  it.each(clean)('%s passes every rule', (code) => {
    expect(check(code)).toEqual([]);
  });

  it('JW317: only CS003, on the NieuwProduct that ends before it starts, with its line', () => {
    const v = check('JW317');
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: 'CS003',
      retourcode: '0001',
      path: '/jw317:Bericht/jw317:Client/jw317:Verzoek/jw317:NieuweProducten/jw317:NieuwProduct[1]/jw317:Einddatum',
    });
    expect(v[0]!.line).toBeGreaterThan(1);
  });

  it('JW323: only TR101, on the second ReferentieNummer RN004', () => {
    const v = check('JW323');
    expect(v.map((x) => [x.rule, x.path])).toEqual([
      ['TR101', '/jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[2]/jw323:Prestaties/jw323:Prestatie[3]/jw323:ProductReferentie'],
    ]);
  });

  it('JW315 with the impossible 2027-06-31 corrected passes every rule', () => {
    expect(check('JW315', (x) => x.replaceAll('2027-06-31', '2027-06-30'))).toEqual([]);
  });

  it('JW318 without the stray RetourCode line passes every rule', () => {
    expect(check('JW318', (x) => x.replace(/\n\s*<jw318:RetourCode>9350<\/jw318:RetourCode>(?=\s*<jw318:OngewijzigdeProducten>)/, ''))).toEqual([]);
  });
});
