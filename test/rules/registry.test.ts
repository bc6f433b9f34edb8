import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, type MessageCode } from '../../src/message/model/index.js';
import { RuleViolationError, assertSendable, runRules } from '../../src/process/rules/engine.js';
import { allRules, ruleById, rulesFor } from '../../src/process/rules/registry.js';
import type { Rule } from '../../src/process/rules/types.js';
import { fixture } from '../fixtures/berichten.js';
import { REPO_ROOT } from '../support/shared.js';

/** Every in-message rule the standard defines for the messages we exchange (ijw-rules.md §3, §5). */
const EXPECTED = [
  'TR002', 'TR006', 'TR018', 'TR061', 'TR101', 'TR134', 'TR137', 'TR302', 'TR315', 'TR316', 'TR335',
  'TR342', 'TR352', 'TR353', 'TR358', 'TR377', 'TR380', 'TR383', 'TR386', 'TR409', 'TR410', 'TR416',
  'CS002', 'CS003', 'CS050', 'CS058', 'CS089', 'CS100', 'CS139', 'CS318', 'CS325', 'CS335', 'CS336',
  'CS337', 'CS338', 'CS339', 'CS340', 'CS343',
  'CD005', 'CD007', 'CD009', 'CD025', 'CD034', 'CD041', 'CD043', 'CD060', 'CD066', 'CD067', 'CD068',
  'CD075', 'CD076', 'CD077', 'CD078', 'CD079', 'CD080', 'CD085', 'CD086', 'CD087', 'CD095', 'CD096',
];

/** Message-crossing (CL3) and external-source (CL4) rules with their level and retourcode. */
const CROSSING: Record<string, { level: number; retourcode: string }> = {
  TR056: { level: 3, retourcode: '9056' },
  TR135: { level: 4, retourcode: '8848' },
  TR332: { level: 3, retourcode: '9332' },
  TR337: { level: 3, retourcode: 'n.v.t.' },
  TR366: { level: 3, retourcode: '9366' },
  TR367: { level: 3, retourcode: '9367' },
  TR371: { level: 3, retourcode: 'n.v.t.' },
  TR376: { level: 3, retourcode: 'n.v.t.' },
  TR385: { level: 3, retourcode: '9385' },
  TR378: { level: 4, retourcode: 'S300' },
  TR381: { level: 4, retourcode: 'S329' },
  // start / stop
  TR019: { level: 3, retourcode: '9019' },
  TR063: { level: 3, retourcode: '9063' },
  TR071: { level: 3, retourcode: '9071' },
  TR074: { level: 3, retourcode: '9074' },
  TR326: { level: 3, retourcode: '9326' },
  TR382: { level: 3, retourcode: '9069' },
  TR413: { level: 3, retourcode: '9413' },
  TR414: { level: 3, retourcode: '9414' },
  TR415: { level: 3, retourcode: '9415' },
  // declaratie (JW323, per prestatie); TR304 also on JW317
  TR333: { level: 3, retourcode: '9333' },
  TR318: { level: 3, retourcode: '8214' },
  TR319: { level: 3, retourcode: '9319' },
  TR314: { level: 3, retourcode: '8021' },
  TR338: { level: 3, retourcode: '9338' },
  TR304: { level: 3, retourcode: '8187' },
  TR384: { level: 3, retourcode: '9384' },
  TR307: { level: 3, retourcode: '9307' },
  TR308: { level: 3, retourcode: '9308' },
  TR387: { level: 3, retourcode: '9387' },
  TR388: { level: 3, retourcode: '9388' },
  TR339: { level: 3, retourcode: '9339' },
  TR340: { level: 3, retourcode: '9340' },
  TR341: { level: 3, retourcode: '9341' },
  TR321: { level: 3, retourcode: '9321' },
  TR322: { level: 3, retourcode: '9322' },
  TR369: { level: 3, retourcode: '9369' },
  TR323: { level: 3, retourcode: '8017' },
  TR390: { level: 3, retourcode: '9390' },
  TR389: { level: 3, retourcode: '9389' },
  TR346: { level: 4, retourcode: '9346' },
  TR418: { level: 4, retourcode: '0611' },
  // requests (VOT, VOW) and our answers on them
  TR347: { level: 3, retourcode: '9347' },
  TR374: { level: 3, retourcode: '9374' },
  TR355: { level: 3, retourcode: '9355' },
  TR359: { level: 3, retourcode: '9359' },
  TR360: { level: 3, retourcode: '9360' },
  TR365: { level: 3, retourcode: '9365' },
  TR379: { level: 3, retourcode: '9379' },
  // verzoek om wijziging
  TR349: { level: 3, retourcode: '9349' },
  TR350: { level: 3, retourcode: '9350' },
  TR351: { level: 3, retourcode: '9351' },
  TR357: { level: 3, retourcode: '9357' },
  TR361: { level: 3, retourcode: '9361' },
  TR373: { level: 3, retourcode: '9373' },
  TR375: { level: 3, retourcode: '9375' },
  TR411: { level: 3, retourcode: '9411' },
  TR412: { level: 3, retourcode: '9412' },
};

/** Messages the municipality builds and sends; everything else it receives. */
const SENT = new Set<MessageCode>(['JW301', 'JW306', 'JW308', 'JW316', 'JW318', 'JW319', 'JW325']);

const RULES_DIR = join(REPO_ROOT, 'src/process/rules');
const RULE_FILE = /^((?:TR|CS|CD)\d{3})\.ts$/;

describe('rule registry', () => {
  const ids = allRules().map((r) => r.meta.id);

  it('registers every expected ID exactly once, and nothing else', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...EXPECTED, ...Object.keys(CROSSING)].sort());
  });

  it.each(allRules().map((r) => [r.meta.id, r] as const))('%s has complete meta', (_id, rule) => {
    const m = rule.meta;
    expect(m.id).toMatch(/^(TR|CS|CD)\d{3}$/);
    expect(m.level).toBe(CROSSING[m.id]?.level ?? 2);
    expect(m.retourcode).toBe(CROSSING[m.id]?.retourcode ?? '0001');
    expect(m.description.trim().length).toBeGreaterThan(10);
    expect(m.berichten.length).toBeGreaterThan(0);
    for (const code of m.berichten) expect(MESSAGE_CODES).toContain(code);
    expect(new Set(m.berichten).size).toBe(m.berichten.length);
    expect(m.source).toBeTruthy();
  });

  it.each(allRules().map((r) => [r.meta.id, r] as const))('%s: direction follows who sends its messages', (_id, rule) => {
    const sent = rule.meta.berichten.filter((c) => SENT.has(c)).length;
    const expected = sent === 0 ? 'in' : sent === rule.meta.berichten.length ? 'out' : 'both';
    expect(rule.meta.direction).toBe(expected);
  });

  it('guards what we send with the rules a provider would apply', () => {
    for (const id of ['TR006', 'TR061', 'TR302', 'TR342', 'TR377', 'TR409', 'CD085', 'CD086']) {
      expect(ruleById(id)?.meta.direction).toBe('out');
    }
  });

  it('has one module per rule, named by its ID, exporting the registered rule, with its table test beside it', async () => {
    const files = readdirSync(RULES_DIR).flatMap((f) => RULE_FILE.exec(f)?.[1] ?? []);
    expect(files.sort()).toEqual([...ids].sort());
    for (const id of files) {
      const mod = (await import(join(RULES_DIR, `${id}.ts`))) as Record<string, Rule>;
      expect(mod[id], `${id}.ts exports ${id}`).toBeDefined();
      expect(mod[id]!.meta.id).toBe(id);
      expect(ruleById(id)).toBe(mod[id]);
      expect(existsSync(join(RULES_DIR, `${id}.test.ts`)), `${id}.test.ts exists`).toBe(true);
    }
  });

  it('selects rules per message and direction', () => {
    expect(rulesFor('JW319').filter((r) => r.meta.level === 2).map((r) => r.meta.id).sort()).toEqual(['CD085', 'CD086', 'TR377', 'TR409']);
    // We send the JW319: only the header rules that apply both ways run on one received.
    expect(rulesFor('JW319', 'in').map((r) => r.meta.id).sort()).toEqual(['TR056', 'TR135', 'TR378']);
    expect(rulesFor('JW323', 'out')).toEqual(rulesFor('JW323').filter((r) => r.meta.direction === 'both'));
    for (const code of ['JW302', 'JW306', 'JW308', 'JW316', 'JW318', 'JW320'] as const) expect(rulesFor(code)).toEqual([]);
  });
});

describe('assertSendable', () => {
  it('throws on a JW319 with RedenAfwijzingVerzoek 8 and no Woonplaatsbeginsel', () => {
    const b = fixture('JW319');
    delete b.Antwoord.Woonplaatsbeginsel;
    expect(() => assertSendable('JW319', b)).toThrow(RuleViolationError);
    try {
      assertSendable('JW319', b);
    } catch (e) {
      const v = (e as RuleViolationError).violations;
      expect(v).toEqual([
        expect.objectContaining({ rule: 'TR377', retourcode: '0001', path: '/jw319:Bericht/jw319:Antwoord/jw319:Woonplaatsbeginsel' }),
      ]);
    }
  });

  it('checks only the rules for sending: a rule for received messages does not block', () => {
    const b = fixture('JW319');
    const always = (direction: 'in' | 'out'): Rule => ({
      meta: { id: 'XX001', level: 2, retourcode: '0001', berichten: ['JW319'], direction, description: 'always reports' },
      check: (ctx) => ctx.report(ctx.bericht, undefined, 'always'),
    });
    expect(() => assertSendable('JW319', b, { rules: [always('in')] })).not.toThrow();
    expect(() => assertSendable('JW319', b, { rules: [always('out')] })).toThrow(RuleViolationError);
    expect(runRules('JW319', b, { rules: [always('in')] })).toHaveLength(1);
  });
});
