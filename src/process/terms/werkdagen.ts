/**
 * Working days (werkdagen) for the iJw terms.
 *
 * The iJw Begrippenlijst defines a werkdag as Monday–Friday excluding recognised public holidays,
 * without listing them. We use the Algemene termijnenwet (Atw, Stb. 1964, 314):
 * - art. 3 lid 1: Nieuwjaarsdag, tweede Paasdag, tweede Pinksterdag, eerste en tweede Kerstdag,
 *   Hemelvaartsdag, the day the King's birthday is celebrated (Koningsdag) and 5 mei;
 * - art. 3 lid 2: Goede Vrijdag is treated the same;
 * - art. 3 lid 3: further days made equal by decree (Staatscourant, per few years) — these are not
 *   a formula, so a deployment configures them as extra non-working days.
 *
 * All dates are ISO calendar dates 'YYYY-MM-DD' in Europe/Amsterdam. Date arithmetic runs on UTC
 * midnights, where every day has 24 hours, so DST never shifts a calendar date.
 */

export type IsoDate = string;

/** Koningsdag on 27 April (26 April when the 27th is a Sunday) applies from 2014; we do not model earlier years. */
export const MIN_YEAR = 2014;
export const MAX_YEAR = 2999;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class WorkingDayConfigError extends Error {
  override name = 'WorkingDayConfigError';
}

// ---------------------------------------------------------------------------------------------
// Calendar-date helpers

/** Days since 1970-01-01 for a valid ISO date; throws RangeError otherwise. */
function toDayNumber(date: IsoDate): number {
  const n = tryDayNumber(date);
  if (n === undefined) throw new RangeError(`not a valid ISO date (YYYY-MM-DD, year ${MIN_YEAR}–${MAX_YEAR}): '${date}'`);
  return n;
}

function tryDayNumber(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2026-02-30 over to March; a round trip rejects such dates.
  if (fromDayNumber(ms / DAY_MS) !== date) return undefined;
  return ms / DAY_MS;
}

function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date 'YYYY-MM-DD' within the supported years. */
export function isIsoDate(value: string): boolean {
  return tryDayNumber(value) !== undefined;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toDayNumber(date) * DAY_MS).getUTCDay();
}

/** Calendar days, no working-day logic. */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be a whole number, got ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar weeks: the same weekday n weeks later (no Atw extension; see firstWorkingDayOnOrAfter). */
export function addWeeks(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWeeks: n must be a whole number, got ${n}`);
  return addDays(date, 7 * n);
}

// ---------------------------------------------------------------------------------------------
// Europe/Amsterdam instants

const AMSTERDAM_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function amsterdamWallClock(instant: Date): { date: IsoDate; ms: number } {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('amsterdamDate: invalid Date');
  const p: Record<string, string> = {};
  for (const part of AMSTERDAM_PARTS.formatToParts(instant)) p[part.type] = part.value;
  const date = `${p.year}-${p.month}-${p.day}`;
  // Wall-clock time read as if it were UTC; its difference from t is the zone offset.
  const ms = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) + (t % 1000 + 1000) % 1000;
  return { date, ms };
}

/** The calendar date in Europe/Amsterdam of an instant (CET/CEST handled by the tz database). */
export function amsterdamDate(instant: Date): IsoDate {
  return amsterdamWallClock(instant).date;
}

/** The first instant of a date in Europe/Amsterdam (midnight is never inside a DST gap there). */
export function startOfAmsterdamDay(date: IsoDate): Date {
  const utcMidnight = toDayNumber(date) * DAY_MS;
  // Offset taken at a guess, then re-taken at the corrected instant (stable after one step).
  let t = utcMidnight;
  for (let i = 0; i < 2; i++) t = utcMidnight - (amsterdamWallClock(new Date(t)).ms - t);
  return new Date(t);
}

/**
 * The instant of a wall-clock time in Europe/Amsterdam, 'YYYY-MM-DDTHH:MM[:SS]' (no zone). In the
 * autumn DST overlap the first of the two instants is taken; a time in the spring gap moves on by
 * the gap.
 */
export function amsterdamInstant(local: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m || !isIsoDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) {
    throw new RangeError(`not a local time YYYY-MM-DDTHH:MM[:SS]: ${local}`);
  }
  const wall = toDayNumber(m[1]!) * DAY_MS + ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  let t = wall;
  for (let i = 0; i < 2; i++) t = wall - (amsterdamWallClock(new Date(t)).ms - t);
  return new Date(t);
}

/**
 * The last millisecond (23:59:59.999) of a date in Europe/Amsterdam. Taken as "next local midnight
 * minus 1 ms" so the 23- and 25-hour DST days come out right.
 */
export function endOfAmsterdamDay(date: IsoDate): Date {
  return new Date(startOfAmsterdamDay(addDays(date, 1)).getTime() - 1);
}

// ---------------------------------------------------------------------------------------------
// Atw holidays

export interface Holiday {
  date: IsoDate;
  name: string;
  /** The Atw provision that makes it a holiday. */
  source: 'Atw art. 3 lid 1' | 'Atw art. 3 lid 2';
}

/**
 * Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher), exact for every
 * Gregorian year.
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`easterSunday: year out of range: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The algemeen erkende feestdagen of a year (Atw art. 3 lid 1 and 2), sorted by date. Decree days (lid 3) are not included. */
export function atwHolidays(year: number): readonly Holiday[] {
  const easter = easterSunday(year);
  const ymd = (mmdd: string): IsoDate => `${year}-${mmdd}`;
  const april27 = ymd('04-27');
  const lid1 = 'Atw art. 3 lid 1' as const;
  const list: Holiday[] = [
    { date: ymd('01-01'), name: 'Nieuwjaarsdag', source: lid1 },
    { date: addDays(easter, -2), name: 'Goede Vrijdag', source: 'Atw art. 3 lid 2' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag', source: lid1 },
    // "de dag waarop de verjaardag van de Koning wordt gevierd": moved to Saturday when the 27th is a Sunday.
    { date: weekday(april27) === 0 ? ymd('04-26') : april27, name: 'Koningsdag', source: lid1 },
    // 5 mei is in lid 1 for every year, whatever collective agreements say about a day off.
    { date: ymd('05-05'), name: 'Bevrijdingsdag (5 mei)', source: lid1 },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag', source: lid1 },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag', source: lid1 },
    { date: ymd('12-25'), name: 'Eerste Kerstdag', source: lid1 },
    { date: ymd('12-26'), name: 'Tweede Kerstdag', source: lid1 },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// The calendar

export interface WorkingDayConfig {
  /** Non-working days on top of the Atw list: Atw art. 3 lid 3 decree days, agreed closing days. */
  extraNonWorkingDays?: readonly IsoDate[];
  /** Atw holidays the deployment counts as working days anyway (must be Atw holidays). */
  removedNonWorkingDays?: readonly IsoDate[];
}

/** Labels used in error messages; calendarFromEnv passes the environment variable names. */
export interface ConfigLabels {
  extra: string;
  removed: string;
}

const DEFAULT_LABELS: ConfigLabels = { extra: 'extraNonWorkingDays', removed: 'removedNonWorkingDays' };

export class WorkingDayCalendar {
  readonly extraNonWorkingDays: readonly IsoDate[];
  readonly removedNonWorkingDays: readonly IsoDate[];
  private readonly extra: ReadonlySet<IsoDate>;
  private readonly removed: ReadonlySet<IsoDate>;
  /** Per-instance cache of Atw holiday dates per year (holidays are a pure function of the year). */
  private readonly holidayCache = new Map<number, ReadonlySet<IsoDate>>();

  constructor(config: WorkingDayConfig = {}, labels: ConfigLabels = DEFAULT_LABELS) {
    const extra = validDates(config.extraNonWorkingDays ?? [], labels.extra);
    const removed = validDates(config.removedNonWorkingDays ?? [], labels.removed);
    for (const d of removed) {
      if (extra.includes(d)) throw new WorkingDayConfigError(`${labels.removed}: '${d}' is also listed in ${labels.extra}`);
      if (!atwHolidays(Number(d.slice(0, 4))).some((h) => h.date === d)) {
        throw new WorkingDayConfigError(`${labels.removed}: '${d}' is not an Algemene termijnenwet holiday, so removing it has no effect`);
      }
    }
    this.extraNonWorkingDays = extra;
    this.removedNonWorkingDays = removed;
    this.extra = new Set(extra);
    this.removed = new Set(removed);
  }

  private atwHolidaySet(year: number): ReadonlySet<IsoDate> {
    let set = this.holidayCache.get(year);
    if (!set) {
      set = new Set(atwHolidays(year).map((h) => h.date));
      this.holidayCache.set(year, set);
    }
    return set;
  }

  /** Non-working weekdays and Atw holidays of a year after configuration, sorted. */
  nonWorkingDays(year: number): IsoDate[] {
    const atw = [...this.atwHolidaySet(year)].filter((d) => !this.removed.has(d));
    const extra = this.extraNonWorkingDays.filter((d) => d.startsWith(`${year}-`));
    return [...new Set([...atw, ...extra])].sort();
  }

  /** Monday–Friday, not an Atw holiday (unless removed), not an extra non-working day. */
  isWorkingDay(date: IsoDate): boolean {
    const wd = weekday(date);
    if (wd === 0 || wd === 6) return false;
    if (this.extra.has(date)) return false;
    if (this.removed.has(date)) return true;
    return !this.atwHolidaySet(Number(date.slice(0, 4))).has(date);
  }

  /**
   * The n-th working day after `date` (n < 0: before). `date` itself is day 0 and never counts,
   * whether or not it is a working day (research ijw-rules §2.2 "day 0 = that day; deadline = end of
   * the Nth following working day", GAP 9.1-G1 "count from the next working day"; research
   * working-days.md: a JW315 received Thu 2 April 2026 has its 5th working day on Mon 13 April).
   * n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be a whole number, got ${n}`);
    const step = n < 0 ? -1 : 1;
    let d = toDayNumber(date);
    for (let left = Math.abs(n); left > 0; ) {
      d += step;
      if (this.isWorkingDay(fromDayNumber(d))) left--;
    }
    return fromDayNumber(d);
  }

  /**
   * Working days in (a, b]: after a, up to and including b; negative when b < a. The inverse of
   * addWorkingDays: workingDaysBetween(a, addWorkingDays(a, n)) === n.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const from = toDayNumber(a);
    const to = toDayNumber(b);
    const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let d = lo + 1; d <= hi; d++) if (this.isWorkingDay(fromDayNumber(d))) count++;
    return sign * count;
  }

  /** `date` if it is a working day, else the next one (Atw art. 1: a term ending on a Saturday, Sunday or holiday runs on to the next day that is none of these). */
  firstWorkingDayOnOrAfter(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.addWorkingDays(date, 1);
  }
}

function validDates(dates: readonly string[], label: string): IsoDate[] {
  for (const d of dates) {
    if (!isIsoDate(d)) throw new WorkingDayConfigError(`${label}: '${d}' is not a valid date (expected YYYY-MM-DD, year ${MIN_YEAR}–${MAX_YEAR})`);
  }
  return [...new Set(dates)].sort();
}

// ---------------------------------------------------------------------------------------------
// Configuration from the environment

export const ENV_EXTRA_NON_WORKING_DAYS = 'IJW_EXTRA_NON_WORKING_DAYS';
export const ENV_REMOVED_NON_WORKING_DAYS = 'IJW_REMOVED_NON_WORKING_DAYS';

/** A comma-separated list of ISO dates; blanks around items are ignored, an empty or unset variable is an empty list. */
export function parseDateList(name: string, raw: string | undefined): IsoDate[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((item) => {
    const d = item.trim();
    if (d === '') throw new WorkingDayConfigError(`${name}: empty item in '${raw}' (expected comma-separated YYYY-MM-DD dates)`);
    if (!isIsoDate(d)) throw new WorkingDayConfigError(`${name}: '${d}' is not a valid date (expected YYYY-MM-DD, year ${MIN_YEAR}–${MAX_YEAR})`);
    return d;
  });
}

/**
 * The calendar from IJW_EXTRA_NON_WORKING_DAYS and IJW_REMOVED_NON_WORKING_DAYS
 * (see docs/working-days.md). Throws WorkingDayConfigError naming the variable and the value.
 */
export function calendarFromEnv(env: Readonly<Record<string, string | undefined>>): WorkingDayCalendar {
  return new WorkingDayCalendar(
    {
      extraNonWorkingDays: parseDateList(ENV_EXTRA_NON_WORKING_DAYS, env[ENV_EXTRA_NON_WORKING_DAYS]),
      removedNonWorkingDays: parseDateList(ENV_REMOVED_NON_WORKING_DAYS, env[ENV_REMOVED_NON_WORKING_DAYS]),
    },
    { extra: ENV_EXTRA_NON_WORKING_DAYS, removed: ENV_REMOVED_NON_WORKING_DAYS },
  );
}
