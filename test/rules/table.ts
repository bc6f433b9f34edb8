/**
 * A tiny table runner for rule tests, after ESLint's RuleTester: each case mutates a fresh copy of
 * the message's valid baseline (test/fixtures/berichten.ts).
 * - valid: the rule reports nothing;
 * - invalid: the rule reports exactly the listed paths (in order) with its retourcode, and among all
 *   registered rules only this one reports, unless others are named in `alsoReportedBy` (rules
 *   that overlap by design, e.g. CD077/CD078). Since the baseline passes every rule, each invalid
 *   case fails when check() does nothing.
 * Every message text is checked for BSN values and names of the message (they must never appear).
 */
import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../../src/message/model/index.js';
import type { Berichten } from '../../src/message/types.generated.js';
import { runRules } from '../../src/process/rules/engine.js';
import type { Rule, RuleEnv, Violation } from '../../src/process/rules/types.js';
import { fixture } from '../fixtures/berichten.js';
import { neutralEnv } from '../fixtures/neutral/index.js';

type CaseOf<C extends MessageCode> = {
  name: string;
  code: C;
  /** Changes a fresh copy of fixture(code); without it the baseline itself is the case. */
  mutate?: (b: Berichten[C]) => void;
  /** Input for CL3/CL4 rules (system date, message store, ledger), over fixtures/neutral's. */
  env?: RuleEnv;
};
type InvalidOf<C extends MessageCode> = CaseOf<C> & {
  errors: ReadonlyArray<{ path: string; message?: string | RegExp }>;
  /** Other rules that report on the same mutation by design. */
  alsoReportedBy?: readonly string[];
};

/** Distributive, so `code` picks the message type of `mutate`'s parameter. */
export type ValidCase<C extends MessageCode> = C extends MessageCode ? CaseOf<C> : never;
export type InvalidCase<C extends MessageCode> = C extends MessageCode ? InvalidOf<C> : never;

const SENSITIVE_KEYS = new Set(['Bsn', 'Achternaam', 'Voornamen']);

function sensitiveValues(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const x of node) sensitiveValues(x, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (SENSITIVE_KEYS.has(k) && typeof v === 'string') out.add(v);
      else sensitiveValues(v, out);
    }
  }
  return out;
}


/** The case's input over the neutral one (fixtures/neutral): a case names only what it changes. */
function envOf(c: { code: MessageCode; env?: RuleEnv }): RuleEnv {
  return { ...neutralEnv(c.code), ...c.env };
}

function build<C extends MessageCode>(c: CaseOf<C>): Berichten[C] {
  const b = fixture(c.code);
  c.mutate?.(b);
  return b;
}

function expectNoPersonalData(violations: readonly Violation[], bericht: object): void {
  const secrets = sensitiveValues(bericht);
  for (const v of violations) for (const s of secrets) expect(v.message, `message leaks "${s}"`).not.toContain(s);
}

export function ruleTable<C extends MessageCode>(
  rule: Rule<C>,
  table: { valid: ReadonlyArray<ValidCase<C>>; invalid: ReadonlyArray<InvalidCase<C>> },
): void {
  const only = [rule as unknown as Rule];
  const ALL_LEVELS = [2, 3, 4];
  describe(`${rule.meta.id}: ${rule.meta.description}`, () => {
    it('has valid and invalid cases', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });

    for (const c of table.valid as ReadonlyArray<CaseOf<C>>) {
      it(`valid: ${c.name}`, () => {
        expect(rule.meta.berichten).toContain(c.code);
        expect(runRules(c.code, build(c), { rules: only, env: envOf(c), levels: ALL_LEVELS })).toEqual([]);
      });
    }

    for (const c of table.invalid as ReadonlyArray<InvalidOf<C>>) {
      it(`invalid: ${c.name}`, () => {
        expect(c.errors.length, 'an invalid case lists at least one error').toBeGreaterThan(0);
        const b = build(c);
        const got = runRules(c.code, b, { rules: only, env: envOf(c), levels: ALL_LEVELS });
        expect(got.map((v) => v.path)).toEqual(c.errors.map((e) => e.path));
        got.forEach((v, i) => {
          expect(v).toMatchObject({ rule: rule.meta.id, retourcode: rule.meta.retourcode, level: rule.meta.level });
          const want = c.errors[i]!.message;
          if (typeof want === 'string') expect(v.message).toContain(want);
          else if (want) expect(v.message).toMatch(want);
        });
        expectNoPersonalData(got, b);
        // CL3/CL4 rules join only when the case gives their input.
        const levels = rule.meta.level === 2 ? [2] : ALL_LEVELS;
        const reporting = new Set(runRules(c.code, b, { env: envOf(c), levels }).map((v) => v.rule));
        expect([...reporting].sort()).toEqual([rule.meta.id, ...(c.alsoReportedBy ?? [])].sort());
      });
    }
  });
}

/** XPath helpers for expected paths. */
export const P = {
  jw301Client: '/jw301:Bericht/jw301:Client',
  jw301Product: (n: number) => `/jw301:Bericht/jw301:Client/jw301:ToegewezenProducten/jw301:ToegewezenProduct[${n}]`,
  jw301Contact: (n: number) => `/jw301:Bericht/jw301:Client/jw301:Contactgegevens/jw301:Contact[${n}]`,
  jw301Relatie: (n: number) => `/jw301:Bericht/jw301:Client/jw301:Relaties/jw301:Relatie[${n}]`,
  jw305Start: (n: number) => `/jw305:Bericht/jw305:Client/jw305:StartProducten/jw305:StartProduct[${n}]`,
  jw307Stop: (n: number) => `/jw307:Bericht/jw307:Client/jw307:StopProducten/jw307:StopProduct[${n}]`,
  jw315Product: (n: number) => `/jw315:Bericht/jw315:Client/jw315:AangevraagdeProducten/jw315:AangevraagdProduct[${n}]`,
  jw317Verzoek: '/jw317:Bericht/jw317:Client/jw317:Verzoek',
  jw317Ongewijzigd: (n: number) => `/jw317:Bericht/jw317:Client/jw317:Verzoek/jw317:OngewijzigdeProducten/jw317:OngewijzigdProduct[${n}]`,
  jw317TeWijzigen: (n: number) => `/jw317:Bericht/jw317:Client/jw317:Verzoek/jw317:TeWijzigenProducten/jw317:TeWijzigenProduct[${n}]`,
  jw317Nieuw: (n: number) => `/jw317:Bericht/jw317:Client/jw317:Verzoek/jw317:NieuweProducten/jw317:NieuwProduct[${n}]`,
  jw319Antwoord: '/jw319:Bericht/jw319:Antwoord',
  jw323Declaratie: '/jw323:Bericht/jw323:Declaratie',
  jw323Client: (c: number) => `/jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[${c}]`,
  jw323Prestatie: (c: number, p: number) =>
    `/jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[${c}]/jw323:Prestaties/jw323:Prestatie[${p}]`,
  jw325Antwoord: '/jw325:Bericht/jw325:DeclaratieAntwoord',
  jw325Client: (c: number) => `/jw325:Bericht/jw325:DeclaratieAntwoord/jw325:Clienten/jw325:Client[${c}]`,
  jw325Prestatie: (c: number, p: number) =>
    `/jw325:Bericht/jw325:DeclaratieAntwoord/jw325:Clienten/jw325:Client[${c}]/jw325:Prestaties/jw325:Prestatie[${p}]`,
} as const;
