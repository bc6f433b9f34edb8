/**
 * Runs the CL2 rules on a typed message and turns their reports into violations with an XPath.
 *
 * Rules report object references, not paths: a JW323 with 10,000 prestaties must be checked in a
 * few milliseconds, and almost every message is clean. Paths are computed only when something was
 * reported, by one walk over the message with its model that stops as soon as every reported
 * node has been found.
 */
import { MODELS, type ComplexType, type MessageCode, type Owner } from '../../message/model/index.js';
import type { Berichten } from '../../message/types.generated.js';
import { rulesFor } from './registry.js';
import type { Rule, RuleContext, RuleEnv, Violation } from './types.js';

export interface RunOptions {
  /** Only rules for messages we receive ('in') or send ('out'); 'both' rules run either way.
   *  Without it every rule for the message runs (what `ijw check` wants). */
  direction?: 'in' | 'out';
  /** Source line of a node or of its child element `field` (the parser's lineOf). */
  lineOf?: (node: object, field?: string) => number | undefined;
  /** Run these rules instead of the registry (still filtered on message and direction). */
  rules?: readonly Rule[];
  /** Extra input for CL3/CL4 rules (ledger, system date); CL2 rules ignore it. */
  env?: RuleEnv;
  /** Controleniveaus to run; default [2]. CL3/CL4 rules need `env` and run only after CL2 passed
   *  (IV028: a CL2 failure is answered with 0001 alone). */
  levels?: readonly number[];
}

export function appliesTo(rule: Rule, code: MessageCode, direction?: 'in' | 'out'): boolean {
  if (!rule.meta.berichten.includes(code)) return false;
  return direction === undefined || rule.meta.direction === 'both' || rule.meta.direction === direction;
}

interface Report {
  readonly rule: Rule;
  readonly node: object;
  readonly field: string | undefined;
  readonly message: string;
}

const CL2: readonly number[] = [2];

export function runRules<C extends MessageCode>(code: C, bericht: Berichten[C], opts: RunOptions = {}): Violation[] {
  const levels = opts.levels ?? CL2;
  const rules = (opts.rules ? opts.rules.filter((r) => appliesTo(r, code, opts.direction)) : rulesFor(code, opts.direction)).filter(
    (r) => levels.includes(r.meta.level),
  );
  const reports: Report[] = [];
  const env = opts.env ?? {};
  for (const rule of rules) {
    const ctx = {
      code,
      bericht,
      env,
      report(node: object, field: string | undefined, message: string): void {
        reports.push({ rule, node, field, message });
      },
    } as unknown as RuleContext;
    rule.check(ctx);
  }
  if (reports.length === 0) return [];

  const located = locate(code, bericht, new Set(reports.map((r) => r.node)));
  const rootPath = `/${prefixOf(code)}:Bericht`;
  return reports.map(({ rule, node, field, message }) => {
    const at = located.get(node);
    // A node outside the message is a bug in a rule; report on the root rather than lose the error.
    let path = at?.path ?? rootPath;
    if (field !== undefined) path += `/${prefixOf(at?.type.owner ?? code)}:${field}`;
    const v: Violation = { rule: rule.meta.id, retourcode: rule.meta.retourcode, level: rule.meta.level, path, message };
    const line = opts.lineOf?.(node, field);
    if (line !== undefined) v.line = line;
    return v;
  });
}

export class RuleViolationError extends Error {
  readonly code: MessageCode;
  readonly violations: readonly Violation[];
  constructor(code: MessageCode, violations: readonly Violation[]) {
    const shown = violations.slice(0, 5).map((v) => `${v.rule} at ${v.path}: ${v.message}`);
    if (violations.length > 5) shown.push(`… and ${violations.length - 5} more`);
    super(`${code} would be rejected by its receiver (retourcode 0001):\n  ${shown.join('\n  ')}`);
    this.name = 'RuleViolationError';
    this.code = code;
    this.violations = violations;
  }
}

/** Guard for our builders: throws RuleViolationError when a provider would reject the message. */
export function assertSendable<C extends MessageCode>(code: C, bericht: Berichten[C], opts: Omit<RunOptions, 'direction'> = {}): void {
  const violations = runRules(code, bericht, { ...opts, direction: 'out' });
  if (violations.length) throw new RuleViolationError(code, violations);
}

// ---- XPath of reported nodes ----

/** Prefix of the elements a complex type declares: its schema's (jw323 for message types, ijw for CDTs). */
export function prefixOf(owner: Owner): string {
  return owner === 'basisschema' ? 'ijw' : owner.toLowerCase();
}

interface Located {
  readonly path: string;
  readonly type: ComplexType;
}

interface Child {
  readonly name: string;
  readonly type: ComplexType;
  readonly many: boolean;
  /** '/jw323:Prestatie': the path segment, without index. */
  readonly segment: string;
}

/** The complex-typed particles of a type: the only children that can hold reported objects. */
const complexChildren = new WeakMap<ComplexType, readonly Child[]>();
function childrenOf(t: ComplexType): readonly Child[] {
  let list = complexChildren.get(t);
  if (!list) {
    const pfx = prefixOf(t.owner);
    list = t.sequence.flatMap((p) =>
      p.type.kind === 'complex'
        ? [{ name: p.name, type: p.type, many: p.maxOccurs === 'unbounded', segment: `/${pfx}:${p.name}` }]
        : [],
    );
    complexChildren.set(t, list);
  }
  return list;
}

/**
 * XPath and type of each target node. Elements with maxOccurs unbounded always carry a 1-based
 * index, others never. The walk keeps precomputed segments and indexes on two stacks and builds a
 * string only at a target, so a walk over 10,000 prestaties allocates next to nothing.
 */
export function locate(code: MessageCode, bericht: object, targets: ReadonlySet<object>): Map<object, Located> {
  const found = new Map<object, Located>();
  const segments: string[] = [`/${prefixOf(code)}:Bericht`];
  const indexes: number[] = [0]; // 0 = no index
  const pathHere = (): string => {
    let path = '';
    for (let i = 0; i < segments.length; i++) path += indexes[i] ? `${segments[i]}[${indexes[i]}]` : segments[i];
    return path;
  };
  const visit = (node: object, type: ComplexType): boolean => {
    if (targets.has(node) && !found.has(node)) {
      found.set(node, { path: pathHere(), type });
      if (found.size === targets.size) return true;
    }
    const rec = node as Record<string, unknown>;
    for (const child of childrenOf(type)) {
      const value = rec[child.name];
      if (value === undefined || value === null) continue;
      segments.push(child.segment);
      indexes.push(0);
      let done = false;
      if (child.many) {
        const list = value as object[];
        for (let i = 0; i < list.length && !done; i++) {
          indexes[indexes.length - 1] = i + 1;
          done = visit(list[i]!, child.type);
        }
      } else {
        done = visit(value as object, child.type);
      }
      segments.pop();
      indexes.pop();
      if (done) return true;
    }
    return false;
  };
  visit(bericht, MODELS[code].root);
  return found;
}
