import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/berichten.js';
import { historie, prestatieView } from '../../../test/fixtures/neutral/declaratie.js';
import { neutralEnv } from '../../../test/fixtures/neutral/index.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { runRules } from './engine.js';
import { TR323 } from './TR323.js';

ruleTable(TR323, {
  valid: [
    { name: 'the credit credits an earlier approved debit', code: 'JW323' },
  ],
  invalid: [
    {
      name: 'no earlier approved debit with that ReferentieNummer (never sent, or rejected)',
      code: 'JW323',
      env: { prestaties: historie([]) },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie`, message: 'VorigReferentieNummer RN000 of credit prestatie RN005 is not an earlier approved debit prestatie' }],
    },
    {
      name: 'the VorigReferentieNummer is an earlier credit, not a debit',
      code: 'JW323',
      env: { prestaties: historie([prestatieView({ debetCredit: 'C', bedrag: -21000, vorigReferentieNummer: 'RN-9' })]) },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie` }],
    },
    {
      name: 'the debit was approved by another gemeente',
      code: 'JW323',
      env: { prestaties: historie([prestatieView({ gemeente: '0363' })]) },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie`, message: 'in this gemeente' }],
    },
  ],
});

describe('TR323 input', () => {
  it('refuses to judge without the prestatie ledger', () => {
    const { prestaties: _, ...env } = neutralEnv('JW323');
    expect(() => runRules('JW323', fixture('JW323'), { rules: [TR323], levels: [3], env })).toThrow(/env.prestaties/);
  });
});
