/**
 * The ledger stage of each incoming message: what its message-crossing rules need to read (load)
 * and what an accepted message changes (apply). src/process/inbound.ts runs it between CL2 and the
 * answer, inside the worker's transaction, so a message's ledger effect commits together with its
 * answer in the outbox, or not at all.
 *
 * A stage's rules stay pure: `load` gathers the state into RuleEnv (a few queries per message, not
 * one per class), the rule modules read only RuleEnv, and `apply` runs only when no rule reported
 * (all or nothing, IV032). A message family whose classes are judged one by one (JW323: prestaties
 * are approved or rejected each, IV087) provides `judge` and decides its answer itself.
 */
import type { Sql } from '../db/index.js';
import type { Regio } from '../ledger/regio/index.js';
import type { WorkingDayCalendar } from './terms/index.js';
import type { MessageCode } from '../message/model/dsl.js';
import type { Berichten, LDT_RetourCode } from '../message/types.generated.js';
import type { IdentificatieSource } from './retour.js';
import type { RuleEnv, Violation } from './rules/types.js';
import { startStopStage } from '../ledger/startstop.js';
import { declaratieStage } from '../ledger/declaratie.js';
import { votStage, vowStage } from '../ledger/verzoek.js';

export interface StageContext {
  /** The stored incoming message. */
  berichtId: number;
  /** Header Ontvanger: the gemeente the message is addressed to. */
  gemeente: string;
  /** Header Afzender: the provider's AGB code. */
  agb: string;
  /** The moment of processing and its Dutch calendar date. */
  now: Date;
  today: string;
  /** When the message was received: the terms (OP090, OP274, OP346) count from it. */
  ontvangenOp: Date;
  /** The service's working-day calendar. */
  calendar: WorkingDayCalendar;
  /** The region covering the gemeente (null: none does). */
  regio: Regio | null;
  /**
   * Where `load` may read committed state alongside the transaction: another connection of the
   * pool on the PostgreSQL server, so the database reads while the transaction writes; the
   * transaction itself where there is one connection (embedded). Reads there see nothing this
   * transaction wrote, and the worker never puts a message in a round after an unprocessed earlier
   * one of its (gemeente, provider), so nothing of its own is missed.
   */
  lezer: Sql;
}

export interface Judged {
  verdict: 'ok' | 'ledger' | 'partial';
  retourcodes: LDT_RetourCode[];
  answer: { code: MessageCode; bericht: Berichten[MessageCode] };
}

export interface Stage<C extends MessageCode = MessageCode> {
  /**
   * Reads what this message's CL3/CL4 rules need (RuleEnv beyond today/identificatie). With
   * `loadAlongsideCl2` it is called before the in-message rules (CL2) have run, with `meanwhile`,
   * which runs them: the stage calls it once its reads and writes are under way, so this process
   * judges while the database works.
   */
  load(tx: Sql, bericht: Berichten[C], ctx: StageContext, meanwhile?: () => void): Promise<RuleEnv>;
  /** load runs alongside CL2 (see load); discard undoes what it wrote when CL2 fails. */
  loadAlongsideCl2?: boolean;
  /** Records an accepted message in the ledger (all its classes passed). */
  apply(tx: Sql, bericht: Berichten[C], ctx: StageContext): Promise<void>;
  /**
   * Optional: undoes what `load` wrote ahead of the rules' verdicts (a JW323's prestaties) when the
   * message is rejected by CL2 or in its Header.
   */
  discard?(tx: Sql, bericht: Berichten[C], ctx: StageContext): Promise<void>;
  /**
   * Instead of all or nothing: given the class-level violations (never header ones), records what
   * is accepted and builds the answer.
   */
  judge?(tx: Sql, bericht: Berichten[C], violations: readonly Violation[], ctx: StageContext, ident: IdentificatieSource): Promise<Judged>;
}

const STAGES: Partial<Record<MessageCode, Stage>> = {
  JW305: startStopStage as Stage,
  JW307: startStopStage as Stage,
  JW323: declaratieStage as Stage,
  JW315: votStage as Stage,
  JW317: vowStage as Stage,
};

/** The stage of an incoming message; none for retours (JW302/JW320), which have their own handling. */
export function stageOf(code: MessageCode): Stage | undefined {
  return STAGES[code];
}
