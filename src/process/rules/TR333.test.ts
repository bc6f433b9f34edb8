import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/berichten.js';
import { BASELINE_DECLARATIES } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { runRules } from './engine.js';
import { TR333 } from './TR333.js';

const gebruikt = (...nummers: string[]) => ({ declaraties: { ...BASELINE_DECLARATIES, nummers: new Set(nummers) } });

ruleTable(TR333, {
  valid: [
    { name: 'a DeclaratieNummer the provider never used', code: 'JW323' },
    { name: 'the provider used other numbers before', code: 'JW323', env: gebruikt('DN000', 'DN002') },
  ],
  invalid: [
    {
      name: 'the DeclaratieNummer of an earlier processed declaration',
      code: 'JW323',
      env: gebruikt('DN001'),
      errors: [{ path: `${P.jw323Declaratie}/jw323:DeclaratieNummer`, message: 'DeclaratieNummer DN001 was used by this provider' }],
    },
  ],
});

describe('TR333 input', () => {
  it('refuses to judge without the declaration ledger', () => {
    expect(() => runRules('JW323', fixture('JW323'), { rules: [TR333], levels: [3], env: {} })).toThrow(/env.declaraties/);
  });
});
