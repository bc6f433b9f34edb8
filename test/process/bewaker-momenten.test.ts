/** When the termijnbewaker acts: pure date arithmetic on the stored deadlines of a request. */
import { describe, expect, it } from 'vitest';
import { escalatieMoment, inOnderzoekMoment } from '../../src/process/terms/bewaker.js';
import { WorkingDayCalendar, amsterdamInstant, endOfAmsterdamDay } from '../../src/process/terms/index.js';

const cal = new WorkingDayCalendar();

describe('termijnbewaker moments', () => {
  // A JW315 received Thu 2 April 2026 must be answered by the end of Mon 13 April (Easter Monday
  // 6 April does not count; docs/working-days.md).
  const antwoord_uiterlijk = endOfAmsterdamDay('2026-04-13');

  it('takes an undecided request in onderzoek on the morning of the working day `marge` days before the deadline day', () => {
    expect(inOnderzoekMoment({ antwoord_uiterlijk }, { inOnderzoekMarge: 1, escalatieWerkdagen: 5 }, cal)).toEqual(amsterdamInstant('2026-04-10T00:00'));
    expect(inOnderzoekMoment({ antwoord_uiterlijk }, { inOnderzoekMarge: 0, escalatieWerkdagen: 5 }, cal)).toEqual(amsterdamInstant('2026-04-13T00:00'));
    // Two working days back from Monday skips the weekend.
    expect(inOnderzoekMoment({ antwoord_uiterlijk }, { inOnderzoekMarge: 2, escalatieWerkdagen: 5 }, cal)).toEqual(amsterdamInstant('2026-04-09T00:00'));
  });

  it('escalates working days before the 8-week deadline, skipping holidays (Whit Monday 25 May 2026)', () => {
    const eindantwoord_uiterlijk = endOfAmsterdamDay('2026-05-28');
    expect(escalatieMoment({ eindantwoord_uiterlijk }, { inOnderzoekMarge: 1, escalatieWerkdagen: 5 }, cal)).toEqual(amsterdamInstant('2026-05-20T00:00'));
  });

  it('reads local wall-clock times across DST', () => {
    expect(amsterdamInstant('2026-03-28T12:00').toISOString()).toBe('2026-03-28T11:00:00.000Z');
    expect(amsterdamInstant('2026-03-30T12:00:30').toISOString()).toBe('2026-03-30T10:00:30.000Z');
    expect(() => amsterdamInstant('2026-02-30T12:00')).toThrow(RangeError);
    expect(() => amsterdamInstant('2026-03-30 12:00')).toThrow(RangeError);
  });
});
