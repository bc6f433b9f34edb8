/**
 * The rule engine's vocabulary. One module per official rule ID (TR101.ts, CS002.ts …) exports a
 * `Rule`: a `meta` block (what the standard says about the rule) and `check`, which reports every
 * offending element through its context. The engine turns reports into `Violation`s with an XPath.
 */
import type { MessageCode } from '../../message/model/index.js';
import type { Berichten, CDT_Omvang } from '../../message/types.generated.js';
import type { Regio } from '../../ledger/regio/types.js';

/** Official ID: 'TR101', 'CS002', 'CD060' … */
export type RuleId = string;

/** 'in' = checked on messages we receive; 'out' = guards messages we build and send (a provider
 *  would reject them); 'both'. */
export type RuleDirection = 'in' | 'out' | 'both';

export interface RuleMeta {
  readonly id: RuleId;
  /** Controleniveau: 2 = in-message (xslt TR, CD, CS); 3 = message-crossing; 4 = external source. */
  readonly level: 2 | 3 | 4;
  /** WJ001 retourcode; '0001' for every CL2 rule. */
  readonly retourcode: string;
  /** Messages the rule applies to. */
  readonly berichten: readonly MessageCode[];
  readonly direction: RuleDirection;
  /** One line, English: what is checked. */
  readonly description: string;
  /** Where the rule comes from, e.g. 'TR101.md; ijw-rules.md §3'. */
  readonly source?: string;
}

export interface Violation {
  rule: RuleId;
  retourcode: string;
  level: number;
  /** XPath of the offending element, e.g. /jw323:Bericht/jw323:Declaratie/…/jw323:Prestatie[1]. */
  path: string;
  /** Line in the source XML, when the caller could tell (parser's lineOf). */
  line?: number;
  message: string;
}

/**
 * Input beyond the message itself. Empty for CL2; CL3/CL4 rules will need the ledger, the system
 * date and code lists. Stages that add them extend this interface by declaration merging
 * (`declare module '…/rules/types.js' { interface RuleEnv { ledger?: Ledger } }`), so the CL2 rules
 * and the engine stay unchanged. Members are optional: a CL3 rule reports or throws when its input
 * is missing, and CL2 runs need none.
 */
export interface RuleEnv {
  /** The receiver's system date (Europe/Amsterdam, YYYY-MM-DD) when the message is judged (TR135). */
  today?: string;
  /** Whether the sender already sent a message of this berichtsoort with this Identificatie (TR056). */
  identificatieEerderOntvangen?: boolean;
  /**
   * The ledger's toewijzingen (S2) a message-crossing rule may consult, by ToewijzingNummer: the
   * current version of each, within the gemeente the message is addressed to (Header Ontvanger).
   * A loader (src/process/stages.ts) fills it per message with at least every number the message
   * names and every toewijzing of the message's client(s) at the sending provider. A number that is
   * not in the map does not exist for this gemeente.
   */
  toewijzingen?: ReadonlyMap<number, ToewijzingView>;
  /** The region contract covering the gemeente (S9); null when no region file covers it. */
  regio?: Regio | null;
  /**
   * Per ToewijzingNummer of the gemeente, how many approved prestaties on it were not credited (S8,
   * toewijzing_gebruik), for the toewijzingen a message names; a number not in the map has none.
   */
  nietGecrediteerd?: ReadonlyMap<number, number>;
}

/** The current version of a toewijzing, as the message-crossing rules see it. */
export interface ToewijzingView {
  readonly nummer: number;
  readonly agb: string;
  readonly bsn: string;
  readonly categorie: string | null;
  readonly code: string | null;
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
  readonly redenWijziging: string | null;
  readonly omvang: CDT_Omvang | null;
  readonly budget: number | null;
  /** Deleted: Einddatum = Ingangsdatum with RedenWijziging 13 or 01 (ijw-rules.md §4.1). */
  readonly verwijderd: boolean;
}

interface RuleContextOf<C extends MessageCode> {
  readonly code: C;
  readonly bericht: Berichten[C];
  readonly env: RuleEnv;
  /** Report a violation on `node` (an object inside bericht) or on its child element `field`. */
  report(node: object, field: string | undefined, message: string): void;
}

/**
 * The context a rule's check receives. Distributive over C, so a rule for several messages can
 * narrow with `if (ctx.code === 'JW305')` and get `ctx.bericht` typed as JW305Bericht.
 */
export type RuleContext<C extends MessageCode = MessageCode> = C extends MessageCode ? RuleContextOf<C> : never;

export interface Rule<C extends MessageCode = MessageCode> {
  readonly meta: RuleMeta & { readonly berichten: readonly C[] };
  // Method syntax on purpose: parameters are bivariant, so a Rule<'JW323'> fits in a Rule[] registry.
  check(ctx: RuleContext<C>): void;
}

/** Identity helper that infers C from meta.berichten, so rule modules need no type annotation. */
export function defineRule<const C extends MessageCode>(rule: Rule<C>): Rule<C> {
  return rule;
}
