/**
 * The iJw terms (termijnen) the municipality must keep or monitor, as data, and their due dates.
 *
 * Sources: iJw 3.2 OP/IV rules as summarised in the research file ijw-rules.md §2.2 (T1–T8) and
 * the decisions on its open points (GAP 9.1-G1 working days, 9.1-T1 woonplaatsbeginsel / 8 weeks).
 */
import type { MessageCode } from '../../message/model/dsl.js';
import { addWeeks, amsterdamDate, endOfAmsterdamDay, isIsoDate, type IsoDate, type WorkingDayCalendar } from './werkdagen.js';

export type Obligation =
  | 'retourbericht'
  | 'retourberichtVerwacht'
  | 'verzoekAntwoord'
  | 'eindAntwoordInOnderzoek'
  | 'woonplaatsbeginsel'
  | 'declaratieAntwoord';

export interface TermDefinition {
  obligation: Obligation;
  description: string;
  /** Messages whose receipt (or, for retourberichtVerwacht, whose sending) starts the term. */
  triggeredBy: readonly MessageCode[];
  /** Messages that fulfil the obligation. */
  fulfilledBy: readonly MessageCode[];
  /** Who must act: G = gemeente (us), P = aanbieder (we only monitor). */
  party: 'G' | 'P';
  amount: number;
  unit: 'werkdagen' | 'weken';
  /** Day 0 of the term: the Amsterdam date of receipt, or the Dagtekening of the request. */
  anchor: 'ontvangst' | 'dagtekening';
  /** When the obligation only arises in some cases. */
  condition?: string;
  /** OP/IV rules and other sources. */
  sources: readonly string[];
  note?: string;
}

export const TERMS: Readonly<Record<Obligation, TermDefinition>> = {
  retourbericht: {
    obligation: 'retourbericht',
    description: 'Retourbericht on a received heenbericht',
    triggeredBy: ['JW305', 'JW307', 'JW315', 'JW317'],
    fulfilledBy: ['JW306', 'JW308', 'JW316', 'JW318'],
    party: 'G',
    amount: 3,
    unit: 'werkdagen',
    anchor: 'ontvangst',
    sources: ['OP090', 'IV028'],
    note: 'If no retourbericht can be made (XSD-invalid), tell the sender outside the message traffic (OP090x2).',
  },
  retourberichtVerwacht: {
    obligation: 'retourberichtVerwacht',
    description: "Provider's JW302/JW320 on our JW301/JW319; we monitor and follow up when it is missing",
    triggeredBy: ['JW301', 'JW319'],
    fulfilledBy: ['JW302', 'JW320'],
    party: 'P',
    amount: 3,
    unit: 'werkdagen',
    anchor: 'ontvangst',
    sources: ['OP090'],
    note: 'Pass the instant we delivered the message as receivedAt: the provider\'s receipt time is unknown to us.',
  },
  verzoekAntwoord: {
    obligation: 'verzoekAntwoord',
    description: 'Answer on a VOT (per AangevraagdProduct) or a VOW: JW301, or JW319 with VerzoekAntwoord 1 or 2',
    triggeredBy: ['JW315', 'JW317'],
    fulfilledBy: ['JW301', 'JW319'],
    party: 'G',
    amount: 5,
    unit: 'werkdagen',
    anchor: 'ontvangst',
    sources: ['OP274 (VOT)', 'OP346 (VOW)', 'OP344'],
  },
  eindAntwoordInOnderzoek: {
    obligation: 'eindAntwoordInOnderzoek',
    description: 'Final answer after JW319 VerzoekAntwoord 2 (in onderzoek): JW301, or JW319 with VerzoekAntwoord 1',
    triggeredBy: ['JW315', 'JW317'],
    fulfilledBy: ['JW301', 'JW319'],
    party: 'G',
    amount: 8,
    unit: 'weken',
    anchor: 'dagtekening',
    condition: 'only after a JW319 with VerzoekAntwoord 2',
    sources: ['OP346', 'OP274', 'TR365', 'FAQ'],
    note: 'OP346 and the FAQ anchor the 8 weeks on the Dagtekening of the request; OP274 says "binnen acht weken" without anchor (GAP 9.1-T1).',
  },
  woonplaatsbeginsel: {
    obligation: 'woonplaatsbeginsel',
    description: 'Rejection of a VOT on the woonplaatsbeginsel (RedenAfwijzingVerzoek 8 + responsible Gemeente)',
    triggeredBy: ['JW315'],
    fulfilledBy: ['JW319'],
    party: 'G',
    amount: 2,
    unit: 'weken',
    anchor: 'ontvangst',
    condition: 'only when the VOT is rejected on the woonplaatsbeginsel',
    sources: ['OP359', 'TR377', 'IV095'],
    note: 'OP359 "binnen de wettelijke termijn van 2 weken", FAQ/SAP-GI "14 dagen": the same 14 calendar days, anchored on receipt (GAP 9.1-T1). The 5-working-day answer (OP274) still applies: send JW319 VerzoekAntwoord 2 first if needed.',
  },
  declaratieAntwoord: {
    obligation: 'declaratieAntwoord',
    description: 'JW325 on every JW323, also when fully approved',
    triggeredBy: ['JW323'],
    fulfilledBy: ['JW325'],
    party: 'G',
    amount: 10,
    unit: 'werkdagen',
    anchor: 'ontvangst',
    sources: ['OP090x4', 'IV087'],
    note: 'If impossible, contact the provider outside the message traffic (OP090x4).',
  },
};

/** The terms a message starts (conditional ones included; see `condition`). */
export function obligationsFor(code: MessageCode): TermDefinition[] {
  return Object.values(TERMS).filter((t) => t.triggeredBy.includes(code));
}

export interface DeadlineOptions {
  /** Dagtekening of the request ('YYYY-MM-DD'); required for terms anchored on it. */
  dagtekening?: IsoDate;
  /**
   * Apply Atw art. 1 to week terms: one ending on a Saturday, Sunday or non-working day runs on to
   * the next working day. Default true: OP359 calls its term "wettelijk", and the 8 weeks is treated
   * the same for consistency; false gives the literal date (a stricter internal target). Working-day
   * terms always end on a working day.
   */
  atwExtension?: boolean;
}

export interface Deadline {
  obligation: Obligation;
  /** Day 0 of the term (Amsterdam date). */
  anchorDate: IsoDate;
  /** The last calendar date on which the obligation is met in time (Amsterdam). */
  dueDate: IsoDate;
  /** 23:59:59.999 Europe/Amsterdam on dueDate. */
  dueAt: Date;
  term: TermDefinition;
}

/**
 * The due date of an obligation. Day 0 is the Amsterdam calendar date of `receivedAt` (or the
 * Dagtekening); working-day terms end on the n-th working day after it (WorkingDayCalendar.addWorkingDays),
 * week terms on the same weekday n weeks later, extended per Atw art. 1.
 *
 * dueAt is the end of the due date (23:59:59.999 Amsterdam), not the end of office hours: the sources
 * count whole days ("binnen 3 werkdagen") and name no time of day, so anything sent on the due date
 * is in time. Alerts that need a margin should fire earlier than dueAt.
 */
export function deadlineFor(
  obligation: Obligation,
  receivedAt: Date,
  calendar: WorkingDayCalendar,
  opts: DeadlineOptions = {},
): Deadline {
  const term = TERMS[obligation];
  if (!term) throw new RangeError(`deadlineFor: unknown obligation '${String(obligation)}'`);
  let anchorDate: IsoDate;
  if (term.anchor === 'dagtekening') {
    // No fallback to the receipt date: it is later than the Dagtekening, so the deadline would be too late.
    if (opts.dagtekening === undefined) throw new RangeError(`deadlineFor(${obligation}): opts.dagtekening is required (term anchored on the request's Dagtekening)`);
    if (!isIsoDate(opts.dagtekening)) throw new RangeError(`deadlineFor(${obligation}): opts.dagtekening is not a valid date: '${opts.dagtekening}'`);
    anchorDate = opts.dagtekening;
  } else {
    anchorDate = amsterdamDate(receivedAt);
  }
  let dueDate: IsoDate;
  if (term.unit === 'werkdagen') {
    dueDate = calendar.addWorkingDays(anchorDate, term.amount);
  } else {
    dueDate = addWeeks(anchorDate, term.amount);
    if (opts.atwExtension ?? true) dueDate = calendar.firstWorkingDayOnOrAfter(dueDate);
  }
  return { obligation, anchorDate, dueDate, dueAt: endOfAmsterdamDay(dueDate), term };
}
