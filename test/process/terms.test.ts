import { describe, expect, it } from 'vitest';
import {
  TERMS,
  WorkingDayCalendar,
  WorkingDayConfigError,
  addWeeks,
  amsterdamDate,
  atwHolidays,
  calendarFromEnv,
  deadlineFor,
  easterSunday,
  endOfAmsterdamDay,
  obligationsFor,
  startOfAmsterdamDay,
} from '../../src/process/terms/index.js';

// All expected values below are known calendar facts or hand-counted, never re-computed.
const cal = new WorkingDayCalendar();

describe('Easter (computus)', () => {
  it.each([
    [2014, '2014-04-20'],
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Algemene termijnenwet holidays', () => {
  it('2026: the full list', () => {
    expect(atwHolidays(2026).map((h) => [h.date, h.name])).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-04-03', 'Goede Vrijdag'],
      ['2026-04-06', 'Tweede Paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-25', 'Tweede Pinksterdag'],
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2026-12-26', 'Tweede Kerstdag'],
    ]);
    expect(atwHolidays(2026).find((h) => h.name === 'Goede Vrijdag')!.source).toBe('Atw art. 3 lid 2');
  });

  it.each([
    [2024, ['2024-03-29', '2024-04-01', '2024-04-27', '2024-05-09', '2024-05-20']],
    [2025, ['2025-04-18', '2025-04-21', '2025-04-26', '2025-05-29', '2025-06-09']],
    [2027, ['2027-03-26', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-17']],
    [2030, ['2030-04-19', '2030-04-22', '2030-04-27', '2030-05-30', '2030-06-10']],
  ])('%i: Goede Vrijdag, Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag', (year, dates) => {
    const byName = new Map(atwHolidays(year).map((h) => [h.name, h.date]));
    expect(['Goede Vrijdag', 'Tweede Paasdag', 'Koningsdag', 'Hemelvaartsdag', 'Tweede Pinksterdag'].map((n) => byName.get(n))).toEqual(dates);
  });

  it.each([
    [2014, '2014-04-26'],
    [2025, '2025-04-26'],
    [2031, '2031-04-26'],
    [2036, '2036-04-26'],
    [2026, '2026-04-27'],
    [2030, '2030-04-27'],
  ])('Koningsdag %i is on %s (26 April when the 27th is a Sunday)', (year, date) => {
    const dates = atwHolidays(year).map((h) => h.date);
    expect(dates).toContain(date);
    expect(dates.filter((d) => d.slice(5, 7) === '04' && ['26', '27'].includes(d.slice(8)))).toEqual([date]);
  });

  it('5 mei is a holiday every year, not only every fifth', () => {
    for (const d of ['2026-05-05', '2027-05-05', '2028-05-05', '2029-05-05']) expect(cal.isWorkingDay(d)).toBe(false);
  });

  it('the Friday after Ascension and other decree days (art. 3 lid 3) are not built in', () => {
    expect(cal.isWorkingDay('2026-05-15')).toBe(true);
  });

  it('no substitute day when Christmas falls on a weekend', () => {
    expect(cal.isWorkingDay('2027-12-27')).toBe(true); // 25/26 Dec 2027 are Sat/Sun
    expect(cal.isWorkingDay('2022-12-26')).toBe(false); // Sun 25, Mon 26 Dec 2022
    expect(cal.isWorkingDay('2022-12-27')).toBe(true);
  });

  it('weekends are never working days', () => {
    expect(cal.isWorkingDay('2026-03-07')).toBe(false);
    expect(cal.isWorkingDay('2026-03-08')).toBe(false);
    expect(cal.isWorkingDay('2026-03-09')).toBe(true);
  });
});

describe('addWorkingDays: the receipt date is day 0 and never counts', () => {
  it.each([
    ['over a weekend', '2026-03-05', 3, '2026-03-10'],
    ['Friday + 1', '2026-03-06', 1, '2026-03-09'],
    ['over Goede Vrijdag + Tweede Paasdag (research example)', '2026-04-02', 5, '2026-04-13'],
    ['over Easter 2027', '2027-03-25', 1, '2027-03-30'],
    ['over Hemelvaartsdag', '2026-05-13', 1, '2026-05-15'],
    ['over Tweede Pinksterdag', '2026-05-22', 1, '2026-05-26'],
    ['over Koningsdag on a Monday', '2026-04-24', 1, '2026-04-28'],
    ['over Christmas and New Year', '2026-12-18', 10, '2027-01-05'],
    ['over New Year', '2026-12-31', 1, '2027-01-04'],
    ['over a weekend Christmas (2022: Sun/Mon)', '2022-12-23', 1, '2022-12-27'],
    ['over a weekend Christmas (2027: Sat/Sun)', '2027-12-24', 1, '2027-12-27'],
    ['received on a Saturday', '2026-03-07', 3, '2026-03-11'],
    ['received on a Sunday', '2026-03-08', 1, '2026-03-09'],
    ['received on Tweede Paasdag', '2026-04-06', 3, '2026-04-09'],
    ['across a year with 5 mei', '2026-05-04', 1, '2026-05-06'],
    ['n = 0 is the date itself', '2026-03-07', 0, '2026-03-07'],
    ['backwards over Easter', '2026-04-07', -1, '2026-04-02'],
  ])('%s: %s + %i wd → %s', (_label, date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toBe(expected);
  });

  it('rejects fractional n and invalid dates', () => {
    expect(() => cal.addWorkingDays('2026-03-05', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow(/2026-02-30/);
  });
});

describe('workingDaysBetween counts (a, b]', () => {
  it.each([
    ['2026-04-02', '2026-04-13', 5],
    ['2026-12-18', '2027-01-05', 10],
    ['2027-01-05', '2026-12-18', -10],
    ['2026-03-06', '2026-03-08', 0],
    ['2026-03-09', '2026-03-09', 0],
    ['2026-03-07', '2026-03-09', 1],
  ])('%s → %s: %i', (a, b, n) => {
    expect(cal.workingDaysBetween(a, b)).toBe(n);
  });
});

describe('addWeeks', () => {
  it('is plain calendar arithmetic', () => {
    expect(addWeeks('2026-03-02', 8)).toBe('2026-04-27');
    expect(addWeeks('2026-12-24', 2)).toBe('2027-01-07');
    expect(addWeeks('2028-02-15', 2)).toBe('2028-02-29');
  });
});

describe('amsterdamDate and end of day over DST', () => {
  it.each([
    ['2026-03-28T22:59:59.999Z', '2026-03-28'],
    ['2026-03-28T23:30:00Z', '2026-03-29'], // 00:30 CET, UTC date still the 28th
    ['2026-03-29T00:30:00Z', '2026-03-29'], // 01:30 CET, just before the switch
    ['2026-03-29T01:30:00Z', '2026-03-29'], // 03:30 CEST
    ['2026-03-29T21:59:59.999Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'], // 00:00 CEST
    ['2026-10-24T22:30:00Z', '2026-10-25'], // 00:30 CEST
    ['2026-10-25T00:30:00Z', '2026-10-25'], // 02:30 CEST, first pass
    ['2026-10-25T01:30:00Z', '2026-10-25'], // 02:30 CET, second pass
    ['2026-10-25T22:30:00Z', '2026-10-25'], // 23:30 CET; a fixed +2 offset would say the 26th
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s → %s', (instant, date) => {
    expect(amsterdamDate(new Date(instant))).toBe(date);
  });

  it.each([
    ['2026-03-28', '2026-03-28T22:59:59.999Z'],
    ['2026-03-29', '2026-03-29T21:59:59.999Z'], // 23-hour day
    ['2026-10-24', '2026-10-24T21:59:59.999Z'],
    ['2026-10-25', '2026-10-25T22:59:59.999Z'], // 25-hour day
    ['2026-07-01', '2026-07-01T21:59:59.999Z'],
    ['2027-01-05', '2027-01-05T22:59:59.999Z'],
  ])('end of %s is %s', (date, iso) => {
    expect(endOfAmsterdamDay(date).toISOString()).toBe(iso);
  });

  it('start of day', () => {
    expect(startOfAmsterdamDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfAmsterdamDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('rejects an invalid Date', () => {
    expect(() => amsterdamDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('configuration', () => {
  it('extra days stop counting, removed Atw days count again', () => {
    const c = new WorkingDayCalendar({ extraNonWorkingDays: ['2026-05-15'], removedNonWorkingDays: ['2026-05-05'] });
    expect(c.addWorkingDays('2026-05-13', 1)).toBe('2026-05-18');
    expect(c.addWorkingDays('2026-05-04', 1)).toBe('2026-05-05');
    expect(c.nonWorkingDays(2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-15', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
  });

  it('calendarFromEnv parses comma-separated dates with blanks', () => {
    const c = calendarFromEnv({ IJW_EXTRA_NON_WORKING_DAYS: ' 2026-12-24, 2026-12-31 ', IJW_REMOVED_NON_WORKING_DAYS: '' });
    expect(c.extraNonWorkingDays).toEqual(['2026-12-24', '2026-12-31']);
    expect(c.addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(calendarFromEnv({}).addWorkingDays('2026-12-23', 1)).toBe('2026-12-24');
  });

  it.each([
    [{ IJW_EXTRA_NON_WORKING_DAYS: '2026-02-30' }, /IJW_EXTRA_NON_WORKING_DAYS: '2026-02-30' is not a valid date/],
    [{ IJW_EXTRA_NON_WORKING_DAYS: '24-12-2026' }, /IJW_EXTRA_NON_WORKING_DAYS: '24-12-2026' is not a valid date/],
    [{ IJW_EXTRA_NON_WORKING_DAYS: '2026-12-24;2026-12-31' }, /IJW_EXTRA_NON_WORKING_DAYS: '2026-12-24;2026-12-31'/],
    [{ IJW_EXTRA_NON_WORKING_DAYS: '2026-12-24,' }, /IJW_EXTRA_NON_WORKING_DAYS: empty item in '2026-12-24,'/],
    [{ IJW_EXTRA_NON_WORKING_DAYS: '1999-12-31' }, /IJW_EXTRA_NON_WORKING_DAYS: '1999-12-31'/],
    [{ IJW_REMOVED_NON_WORKING_DAYS: '2026-13-01' }, /IJW_REMOVED_NON_WORKING_DAYS: '2026-13-01' is not a valid date/],
    [{ IJW_REMOVED_NON_WORKING_DAYS: '2026-05-06' }, /IJW_REMOVED_NON_WORKING_DAYS: '2026-05-06' is not an Algemene termijnenwet holiday/],
    [
      { IJW_EXTRA_NON_WORKING_DAYS: '2026-05-05', IJW_REMOVED_NON_WORKING_DAYS: '2026-05-05' },
      /IJW_REMOVED_NON_WORKING_DAYS: '2026-05-05' is also listed in IJW_EXTRA_NON_WORKING_DAYS/,
    ],
  ])('rejects %j', (env, message) => {
    expect(() => calendarFromEnv(env)).toThrow(WorkingDayConfigError);
    expect(() => calendarFromEnv(env)).toThrow(message);
  });
});

describe('deadlines', () => {
  it('retourbericht (OP090): JW315 received Thu 2 April 2026 → 3rd wd Thu 9 April', () => {
    const d = deadlineFor('retourbericht', new Date('2026-04-02T08:00:00Z'), cal);
    expect(d.anchorDate).toBe('2026-04-02');
    expect(d.dueDate).toBe('2026-04-09');
    expect(d.dueAt.toISOString()).toBe('2026-04-09T21:59:59.999Z');
  });

  it('retourbericht received on a Saturday / on Tweede Paasdag', () => {
    expect(deadlineFor('retourbericht', new Date('2026-03-07T11:00:00Z'), cal).dueDate).toBe('2026-03-11');
    expect(deadlineFor('retourbericht', new Date('2026-04-06T09:00:00Z'), cal).dueDate).toBe('2026-04-09');
  });

  it('verzoekAntwoord (OP274/OP346): same JW315 → 5th wd Mon 13 April', () => {
    const d = deadlineFor('verzoekAntwoord', new Date('2026-04-02T08:00:00Z'), cal);
    expect(d.dueDate).toBe('2026-04-13');
    expect(d.dueAt.toISOString()).toBe('2026-04-13T21:59:59.999Z');
  });

  it('eindAntwoordInOnderzoek: 8 weeks after Dagtekening Mon 2 March 2026 = Koningsdag 27 April → Tue 28 April', () => {
    const received = new Date('2026-03-03T09:00:00Z');
    const d = deadlineFor('eindAntwoordInOnderzoek', received, cal, { dagtekening: '2026-03-02' });
    expect(d.anchorDate).toBe('2026-03-02');
    expect(d.dueDate).toBe('2026-04-28');
    expect(d.dueAt.toISOString()).toBe('2026-04-28T21:59:59.999Z');
    expect(deadlineFor('eindAntwoordInOnderzoek', received, cal, { dagtekening: '2026-03-02', atwExtension: false }).dueDate).toBe('2026-04-27');
  });

  it('eindAntwoordInOnderzoek needs the Dagtekening', () => {
    expect(() => deadlineFor('eindAntwoordInOnderzoek', new Date('2026-03-03T09:00:00Z'), cal)).toThrow(/dagtekening is required/);
    expect(() => deadlineFor('eindAntwoordInOnderzoek', new Date('2026-03-03T09:00:00Z'), cal, { dagtekening: '2026-3-2' })).toThrow(/2026-3-2/);
  });

  it('woonplaatsbeginsel (OP359): received 00:30 Amsterdam on Tue 21 April → 14 days = 5 mei → Wed 6 May', () => {
    const d = deadlineFor('woonplaatsbeginsel', new Date('2026-04-20T22:30:00Z'), cal);
    expect(d.anchorDate).toBe('2026-04-21');
    expect(d.dueDate).toBe('2026-05-06');
    expect(d.dueAt.toISOString()).toBe('2026-05-06T21:59:59.999Z');
  });

  it('declaratieAntwoord (OP090x4): JW323 received Fri 18 Dec 2026 → 10th wd Tue 5 Jan 2027 (CET)', () => {
    const d = deadlineFor('declaratieAntwoord', new Date('2026-12-18T15:00:00Z'), cal);
    expect(d.dueDate).toBe('2027-01-05');
    expect(d.dueAt.toISOString()).toBe('2027-01-05T22:59:59.999Z');
  });

  it('retourberichtVerwacht: JW301 sent Fri 23 Oct 2026 → Wed 28 Oct, after the DST change', () => {
    const d = deadlineFor('retourberichtVerwacht', new Date('2026-10-23T16:00:00Z'), cal);
    expect(d.dueDate).toBe('2026-10-28');
    expect(d.dueAt.toISOString()).toBe('2026-10-28T22:59:59.999Z');
  });

  it('configured decree days move deadlines', () => {
    const c = new WorkingDayCalendar({ extraNonWorkingDays: ['2026-05-15'] });
    // Tue 12 May: Wed 13 (1), Thu 14 Hemelvaartsdag, Fri 15 (2), Mon 18 (3); with Fri 15 configured: Tue 19.
    expect(deadlineFor('retourbericht', new Date('2026-05-12T10:00:00Z'), cal).dueDate).toBe('2026-05-18');
    expect(deadlineFor('retourbericht', new Date('2026-05-12T10:00:00Z'), c).dueDate).toBe('2026-05-19');
  });

  it('the term data carry their amounts and sources', () => {
    expect([TERMS.retourbericht.amount, TERMS.retourbericht.unit, TERMS.retourbericht.sources[0]]).toEqual([3, 'werkdagen', 'OP090']);
    expect([TERMS.verzoekAntwoord.amount, TERMS.verzoekAntwoord.unit]).toEqual([5, 'werkdagen']);
    expect([TERMS.eindAntwoordInOnderzoek.amount, TERMS.eindAntwoordInOnderzoek.unit, TERMS.eindAntwoordInOnderzoek.anchor]).toEqual([8, 'weken', 'dagtekening']);
    expect([TERMS.woonplaatsbeginsel.amount, TERMS.woonplaatsbeginsel.unit, TERMS.woonplaatsbeginsel.sources[0]]).toEqual([2, 'weken', 'OP359']);
    expect([TERMS.declaratieAntwoord.amount, TERMS.declaratieAntwoord.sources[0]]).toEqual([10, 'OP090x4']);
    expect(obligationsFor('JW315').map((t) => t.obligation)).toEqual(['retourbericht', 'verzoekAntwoord', 'eindAntwoordInOnderzoek', 'woonplaatsbeginsel']);
    expect(obligationsFor('JW323').map((t) => t.obligation)).toEqual(['declaratieAntwoord']);
    expect(obligationsFor('JW305').map((t) => t.obligation)).toEqual(['retourbericht']);
  });
});
