/**
 * The termijnbewaker: makes a lapsed term impossible where the service can act by itself, and
 * escalates where only a person can.
 *
 * - A request (VOT product or VOW) still undecided `inOnderzoekMarge` working days before its
 *   5-working-day answer deadline (OP274, OP346) gets a JW319 VerzoekAntwoord 2 "in onderzoek" on
 *   that morning (00:00 Europe/Amsterdam): the legal answer is given in time, and the 8-week term for
 *   the final answer runs. TR360 allows it once; a request already in onderzoek is left alone.
 * - A request without a final answer `escalatieWerkdagen` working days before its 8-week deadline
 *   (counted from its Dagtekening, OP346, ijw-rules.md §9.1 T1) is escalated once: it is marked,
 *   logged (without personal data) and counted, and GET /termijnen shows it. Deciding stays human.
 * - The retourberichten (3 wd) and the JW325 (10 wd) are produced by the workers as soon as a
 *   message is processed. An incoming message still unanswered on the morning `inOnderzoekMarge`
 *   working days before its deadline day (its processing keeps failing, so it waits with backoff)
 *   is escalated once: logged as an error (ids only), counted, and listed in GET /werklijst, so a
 *   person can act before the term lapses.
 *
 * Each action is one transaction with the message it queues; rows are claimed with SKIP LOCKED, so
 * several service instances can run the bewaker at once. `volgendeMoment` tells when the next
 * action falls due, so `ijw simulate` can stop its clock there and act at the due moment itself.
 */
import type { Logger } from 'pino';
import type { Sql } from '../../db/index.js';
import { stuurJw319 } from '../../ledger/antwoord.js';
import { startLoop, type Loop } from '../../loop.js';
import { amsterdamDate, startOfAmsterdamDay, type WorkingDayCalendar } from './werkdagen.js';

export { DEFAULT_BEWAKER, type BewakerConfig } from './bewaker-config.js';
import type { BewakerConfig } from './bewaker-config.js';

interface Open {
  id: number;
  status: 'open' | 'in_onderzoek';
  antwoord_uiterlijk: Date;
  eindantwoord_uiterlijk: Date;
  geescaleerd_op: Date | null;
}

/** The start of the working day `werkdagen` working days before the day of `deadline`. */
function ochtendVoor(deadline: Date, werkdagen: number, calendar: WorkingDayCalendar): Date {
  return startOfAmsterdamDay(calendar.addWorkingDays(amsterdamDate(deadline), -werkdagen));
}

export function inOnderzoekMoment(v: Pick<Open, 'antwoord_uiterlijk'>, cfg: BewakerConfig, calendar: WorkingDayCalendar): Date {
  return ochtendVoor(v.antwoord_uiterlijk, cfg.inOnderzoekMarge, calendar);
}

export function escalatieMoment(v: Pick<Open, 'eindantwoord_uiterlijk'>, cfg: BewakerConfig, calendar: WorkingDayCalendar): Date {
  return ochtendVoor(v.eindantwoord_uiterlijk, cfg.escalatieWerkdagen, calendar);
}

async function openVerzoeken(sql: Sql): Promise<Open[]> {
  return sql<Open[]>`
    select id, status, antwoord_uiterlijk, eindantwoord_uiterlijk, geescaleerd_op
    from verzoek where status in ('open', 'in_onderzoek')`;
}

/** The moments at which each open request needs an action, not yet taken. */
function acties(v: Open, cfg: BewakerConfig, calendar: WorkingDayCalendar): { soort: 'inOnderzoek' | 'escalatie'; op: Date }[] {
  const out: { soort: 'inOnderzoek' | 'escalatie'; op: Date }[] = [];
  if (v.status === 'open') out.push({ soort: 'inOnderzoek', op: inOnderzoekMoment(v, cfg, calendar) });
  if (!v.geescaleerd_op) out.push({ soort: 'escalatie', op: escalatieMoment(v, cfg, calendar) });
  return out;
}

interface Onbeantwoord {
  id: number;
  berichtcode: string;
  afzender: string;
  ontvanger: string;
  attempts: number;
  deadline: Date;
}

/** Incoming messages that wait for their answer and were not escalated yet. */
async function onbeantwoord(sql: Sql): Promise<Onbeantwoord[]> {
  return sql<Onbeantwoord[]>`
    select id, berichtcode, afzender, ontvanger, attempts, deadline from bericht
    where direction = 'in' and state = 'received' and deadline is not null and geescaleerd_op is null`;
}

const vastMoment = (m: Onbeantwoord, cfg: BewakerConfig, calendar: WorkingDayCalendar): Date => ochtendVoor(m.deadline, cfg.inOnderzoekMarge, calendar);

/** The earliest moment after `na` at which the bewaker has something to do; undefined: nothing pending. */
export async function volgendeMoment(sql: Sql, na: Date, cfg: BewakerConfig, calendar: WorkingDayCalendar): Promise<Date | undefined> {
  let next: Date | undefined;
  const consider = (op: Date): void => {
    if (op > na && (!next || op < next)) next = op;
  };
  for (const v of await openVerzoeken(sql)) for (const a of acties(v, cfg, calendar)) consider(a.op);
  for (const m of await onbeantwoord(sql)) consider(vastMoment(m, cfg, calendar));
  return next;
}

export interface Gevuurd {
  inOnderzoek: number[];
  geescaleerd: number[];
  /** Incoming messages escalated because their answer is still not there near its deadline. */
  vastgelopen: number[];
}

/** Takes every action due at `now`. Returns the requests acted on. */
export async function vuurTermijnen(
  sql: Sql,
  now: Date,
  opts: { cfg: BewakerConfig; calendar: WorkingDayCalendar; log?: Logger },
): Promise<Gevuurd> {
  const done: Gevuurd = { inOnderzoek: [], geescaleerd: [], vastgelopen: [] };
  for (const m of await onbeantwoord(sql)) {
    if (vastMoment(m, opts.cfg, opts.calendar) > now) continue;
    const [hit] = await sql<{ id: number }[]>`
      update bericht set geescaleerd_op = ${now}
      where id = ${m.id} and state = 'received' and geescaleerd_op is null returning id`;
    if (!hit) continue;
    done.vastgelopen.push(m.id);
    opts.log?.error(
      { bericht: m.id, berichtcode: m.berichtcode, aanbieder: m.afzender, gemeente: m.ontvanger, pogingen: m.attempts, uiterlijk: m.deadline },
      'incoming message still unanswered near its deadline (its processing keeps failing): escalated',
    );
  }
  for (const v of await openVerzoeken(sql)) {
    for (const a of acties(v, opts.cfg, opts.calendar)) {
      if (a.op > now) continue;
      await sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        // Claimed again under a lock: another instance or a backoffice decision may have been first.
        const [cur] = await t<{ status: string; geescaleerd_op: Date | null; gemeente: string; agb: string }[]>`
          select status, geescaleerd_op, gemeente, agb from verzoek where id = ${v.id} for update skip locked`;
        if (!cur) return;
        if (a.soort === 'inOnderzoek') {
          if (cur.status !== 'open') return;
          await stuurJw319(t, { verzoekId: v.id, verzoekAntwoord: '2', now });
          done.inOnderzoek.push(v.id);
          opts.log?.info({ verzoek: v.id, gemeente: cur.gemeente, aanbieder: cur.agb, uiterlijk: v.antwoord_uiterlijk }, 'undecided request taken in onderzoek (JW319 VerzoekAntwoord 2) before its answer deadline');
        } else {
          if (cur.geescaleerd_op || (cur.status !== 'open' && cur.status !== 'in_onderzoek')) return;
          await t`update verzoek set geescaleerd_op = ${now} where id = ${v.id}`;
          done.geescaleerd.push(v.id);
          opts.log?.warn({ verzoek: v.id, gemeente: cur.gemeente, aanbieder: cur.agb, uiterlijk: v.eindantwoord_uiterlijk }, 'request nearing its 8-week final-answer deadline without a decision: escalated');
        }
      });
    }
  }
  return done;
}

/** The bewaker as a background loop of the service: every `pollMs`, and when poked. */
export function startBewaker(opts: {
  sql: Sql;
  log: Logger;
  now: () => Date;
  cfg: BewakerConfig;
  calendar: WorkingDayCalendar;
  pollMs?: number;
  /** 0: no background loop (tests and ijw simulate call drain themselves). */
  concurrency?: number;
  onGevuurd?: (g: Gevuurd) => void;
}): Loop & { drain(): Promise<Gevuurd> } {
  const round = async (): Promise<Gevuurd> => {
    const g = await vuurTermijnen(opts.sql, opts.now(), opts);
    if (g.inOnderzoek.length || g.geescaleerd.length || g.vastgelopen.length) opts.onGevuurd?.(g);
    return g;
  };
  // A round that acted returns 0 too: what it did is not due again, and the next due moment is
  // minutes to days away, so the loop sleeps until the next poll.
  const loop = startLoop({ name: 'termijnbewaker', round: async () => (await round(), 0), pollMs: opts.pollMs ?? 60_000, concurrency: opts.concurrency ?? 1, log: opts.log });
  return { ...loop, drain: round };
}
