import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/berichten.js';
import { ruleTable } from '../../../test/rules/table.js';
import { runRules } from './engine.js';
import { TR135 } from './TR135.js';

const on = (today: string) => ({ today, identificatieEerderOntvangen: false });

ruleTable(TR135, {
  valid: [
    { name: 'JW315 dated the day it arrives', code: 'JW315', env: on('2026-04-01') },
    { name: 'JW315 dated before the day it arrives', code: 'JW315', env: on('2026-11-30') },
    { name: 'JW323 dated the day before', code: 'JW323', env: on('2026-05-07') },
  ],
  invalid: [
    {
      name: 'JW315 dated one day after the system date',
      code: 'JW315',
      env: on('2026-03-31'),
      errors: [{ path: '/jw315:Bericht/jw315:Header/jw315:BerichtIdentificatie/ijw:Dagtekening', message: 'after the system date 2026-03-31' }],
    },
    {
      name: 'JW307 dated next year',
      code: 'JW307',
      env: on('2025-07-20'),
      errors: [{ path: '/jw307:Bericht/jw307:Header/jw307:BerichtIdentificatie/ijw:Dagtekening' }],
    },
  ],
});

describe('TR135 input', () => {
  it('refuses to judge without a system date rather than pass silently', () => {
    expect(() => runRules('JW315', fixture('JW315'), { rules: [TR135], levels: [4], env: {} })).toThrow(/env.today/);
  });
  it('does not run in a plain CL2 run', () => {
    expect(runRules('JW315', fixture('JW315'), { rules: [TR135] })).toEqual([]);
  });
});
