/**
 * One question per incoming file: is this a valid iJw 3.2 message, and if not, which retourbericht
 * goes back? intake (hardening) → CL1 (XSD, in one pass with the typed parse) → CL2 (in-message
 * rules). The result is the report `ijw check` prints and `POST /check` returns.
 */
import { intake, type IntakeErrorCode } from '../ingress/intake.js';
import type { MessageCode } from '../message/model/dsl.js';
import { parseMessage } from '../message/xml/parse.js';
import { buildMessage } from '../message/xml/build.js';
import type { Berichten } from '../message/types.generated.js';
import { runRules } from './rules/engine.js';
import { RETOUR_OF, clockIdentificatie, headerOnlyRetour, type IdentificatieSource } from './retour.js';

export type Verdict = 'ok' | 'xsd' | 'rules';

export interface CheckError {
  /** Rule ID (TR101, CS002 …) for CL2; 'XSD' / 'XML' for CL1; the intake code for hardening. */
  rule: string;
  /** WJ001 retourcode; null when no retourbericht is sent (CL1). */
  retourcode: string | null;
  path: string | null;
  line: number | null;
  message: string;
}

export interface CheckReport {
  file?: string;
  /** Message name, e.g. 'JW323', when it could be recognised. */
  berichtcode: MessageCode | null;
  verdict: Verdict;
  errors: CheckError[];
}

export interface CheckOutcome {
  report: CheckReport;
  /** The typed message when CL1 passed. */
  bericht?: Berichten[MessageCode];
  /** The retourbericht (or JW325) we would send, as XML; absent after a CL1 failure or when OK. */
  retour?: { code: MessageCode; xml: string };
}

export interface CheckOptions {
  maxBytes?: number;
  maxErrors?: number;
  /** Build the retourbericht for a CL2 failure. */
  retour?: boolean;
  identificatie?: IdentificatieSource;
}

/** Rule label per intake failure: OP192 covers the file format (UTF-8 without BOM). */
const INTAKE_RULE: Record<IntakeErrorCode, string> = {
  EMPTY: 'XML',
  TOO_LARGE: 'INTAKE-SIZE',
  BOM: 'OP192',
  NOT_UTF8: 'OP192',
  ENCODING: 'OP192',
  DOCTYPE: 'INTAKE-DOCTYPE',
  ENTITY: 'INTAKE-DOCTYPE',
  EXTERNAL_REFERENCE: 'INTAKE-EXTERNAL',
};

/** What CL1 makes of the bytes: the typed message, or the report of why it is not one. */
export type ReadOutcome =
  | { ok: true; code: MessageCode; bericht: Berichten[MessageCode]; lineOf: LineOf; /** The decoded message (strict UTF-8, no BOM). */ text: string }
  | { ok: false; report: CheckReport };

type LineOf = (node: object, field?: string) => number | undefined;

/** Intake (hardening) and CL1 (XSD, in one pass with the typed parse). */
export function readMessage(bytes: Uint8Array, opts: Pick<CheckOptions, 'maxBytes' | 'maxErrors'> = {}): ReadOutcome {
  const taken = intake(bytes, { maxBytes: opts.maxBytes });
  if (!taken.ok) {
    const e = taken.error;
    return {
      ok: false,
      report: {
        berichtcode: null,
        verdict: 'xsd',
        errors: [{ rule: INTAKE_RULE[e.code], retourcode: null, path: null, line: e.line ?? null, message: e.message }],
      },
    };
  }
  const parsed = parseMessage(taken.text, { maxErrors: opts.maxErrors });
  if (!parsed.ok) {
    return {
      ok: false,
      report: {
        berichtcode: parsed.code ?? null,
        verdict: 'xsd',
        errors: parsed.errors.map((e) => ({
          rule: e.kind === 'xsd' ? 'XSD' : 'XML',
          retourcode: null,
          path: e.path ?? null,
          line: e.line,
          message: e.message,
        })),
      },
    };
  }
  return { ok: true, code: parsed.code, bericht: parsed.bericht, lineOf: parsed.lineOf, text: taken.text };
}

/** The rule label intake failures carry (exported for the transports' refusals). */
export const intakeRule = (code: IntakeErrorCode): string => INTAKE_RULE[code];

export function checkMessage(bytes: Uint8Array, opts: CheckOptions = {}): CheckOutcome {
  const parsed = readMessage(bytes, opts);
  if (!parsed.ok) return { report: parsed.report };
  const { code, bericht } = parsed;
  const violations = runRules(code, bericht, { lineOf: parsed.lineOf });
  const report: CheckReport = {
    berichtcode: code,
    verdict: violations.length ? 'rules' : 'ok',
    errors: violations.map((v) => ({
      rule: v.rule,
      retourcode: v.retourcode,
      path: v.path,
      line: v.line ?? null,
      message: v.message,
    })),
  };
  const outcome: CheckOutcome = { report, bericht };
  if (opts.retour && violations.length && RETOUR_OF[code]) {
    // IV028/IV032: every CL2 failure is answered with RetourCode 0001 in the header only.
    const retour = headerOnlyRetour(code, bericht, ['0001'], opts.identificatie ?? clockIdentificatie());
    outcome.retour = { code: retour.code, xml: buildMessage(retour.code, retour.bericht) };
  }
  return outcome;
}
