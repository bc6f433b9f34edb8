import { describe, expect, it } from 'vitest';
import { declaratieToewijzing, regioProduct, testRegio, toewijzingenMet } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import type { JW323Bericht } from '../../message/types.generated.js';
import { dayNumber, isoWeeks, maxOverTerm, maxPerPeriode, sundays } from './declaratie.js';
import { TR321 } from './TR321.js';
import type { ToewijzingView } from './types.js';

const volume = (n: number, eenheid: '04' | '01' = '04') => (b: JW323Bericht) => {
  const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
  const bedrag = eenheid === '04' ? n * 1250 : Math.floor((1250 * n + 30) / 60);
  b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += bedrag - p.IngediendBedrag.Bedrag;
  p.GeleverdVolume = n;
  p.Eenheid = eenheid;
  p.ProductTarief = eenheid === '04' ? 1250 : 21;
  p.IngediendBedrag.Bedrag = bedrag;
};
const perWeek = (v: number, over: Partial<ToewijzingView> = {}) =>
  toewijzingenMet(declaratieToewijzing(10072, { omvang: { Volume: v, Eenheid: '04', Frequentie: '2' }, ...over }));
const output = testRegio([regioProduct({ uitvoeringsvariant: 'outputgericht' })]);
const inspanning = testRegio([regioProduct()]);

ruleTable(TR321, {
  valid: [
    { name: 'within the monthly volume', code: 'JW323' },
    { name: 'exactly the monthly volume (6 hours)', code: 'JW323', mutate: volume(6) },
    { name: 'minutes within the monthly hours (360 minutes)', code: 'JW323', mutate: volume(360, '01') },
    // April 2026: 1 April is a Wednesday, so ISO weeks 14–18 (5 weeks); 4 Sundays.
    { name: 'per week, inspanningsgericht: 5 ISO weeks × 2 hours', code: 'JW323', env: { toewijzingen: perWeek(2), regio: inspanning }, mutate: volume(10) },
    { name: 'per week, variant unknown: the larger method', code: 'JW323', env: { toewijzingen: perWeek(2) }, mutate: volume(10) },
    { name: 'per day: 30 days × 1 hour', code: 'JW323', env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { omvang: { Volume: 1, Eenheid: '04', Frequentie: '1' } })) }, mutate: volume(30) },
    { name: 'a toewijzing without Omvang: not judged', code: 'JW323', env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { code: null, omvang: null })) }, mutate: volume(99) },
  ],
  invalid: [
    {
      name: 'over the monthly volume',
      code: 'JW323',
      mutate: volume(7),
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:GeleverdVolume`, message: 'GeleverdVolume 7 exceeds 6, the most toewijzing 10072 (Volume 6 per month)' }],
    },
    {
      name: 'minutes over the monthly hours',
      code: 'JW323',
      mutate: volume(361, '01'),
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:GeleverdVolume`, message: '361 minutes exceeds 360 minutes' }],
    },
    {
      name: 'per week, outputgericht: 4 Sundays × 2',
      code: 'JW323',
      env: { toewijzingen: perWeek(2), regio: output },
      mutate: volume(9),
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:GeleverdVolume`, message: 'exceeds 8' }],
    },
    {
      name: 'per week, inspanningsgericht: over 5 ISO weeks × 2',
      code: 'JW323',
      env: { toewijzingen: perWeek(2), regio: inspanning },
      mutate: volume(11),
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:GeleverdVolume`, message: 'exceeds 10' }],
    },
    {
      name: 'in total: one prestatie over the whole volume',
      code: 'JW323',
      env: { toewijzingen: toewijzingenMet(declaratieToewijzing(10072, { omvang: { Volume: 3, Eenheid: '04', Frequentie: '6' } })) },
      errors: [{ path: `${P.jw323Prestatie(1, 1)}/jw323:GeleverdVolume`, message: 'exceeds 3' }],
      alsoReportedBy: ['TR322'],
    },
  ],
});

describe('maximum volumes (ijw-rules.md §8.4 worked examples)', () => {
  const t = (ingangsdatum: string, einddatum: string, v: number, f: '1' | '2' | '4' | '6'): ToewijzingView =>
    declaratieToewijzing(1, { ingangsdatum, einddatum, omvang: { Volume: v, Eenheid: '04', Frequentie: f } });

  it('counts ISO weeks touched and Sundays', () => {
    expect(isoWeeks(dayNumber('2025-10-07'), dayNumber('2025-10-31'))).toBe(4);
    expect(isoWeeks(dayNumber('2025-12-01'), dayNumber('2025-12-30'))).toBe(5); // weeks 49–52 + 2026-W01
    expect(isoWeeks(dayNumber('2025-12-29'), dayNumber('2026-01-04'))).toBe(1); // 2026-W01 across the year
    expect(sundays(dayNumber('2025-07-07'), dayNumber('2025-07-31'))).toBe(3);
    expect(sundays(dayNumber('2025-11-01'), dayNumber('2025-11-30'))).toBe(5);
  });

  it('IV077 inspanning: 3 hours a week, 2025-10-07..2025-12-30: 12, 15, 15 per month, 39 in total', () => {
    const tw = t('2025-10-07', '2025-12-30', 3, '2');
    expect(maxPerPeriode(tw, '2025-10-07', '2025-10-31', 'inspanningsgericht')).toBe(12);
    expect(maxPerPeriode(tw, '2025-11-01', '2025-11-30', 'inspanningsgericht')).toBe(15);
    expect(maxPerPeriode(tw, '2025-12-01', '2025-12-30', 'inspanningsgericht')).toBe(15);
    expect(maxOverTerm(tw, 'inspanningsgericht')).toBe(39);
  });

  it('IV076/IV077 output: € 300 a week, 2025-07-07..2025-09-05: 900 in July, 1800 in August (5 Sundays + the broken last week)', () => {
    const tw = t('2025-07-07', '2025-09-05', 300, '2');
    expect(maxPerPeriode(tw, '2025-07-07', '2025-07-31', 'outputgericht')).toBe(900);
    expect(maxPerPeriode(tw, '2025-08-01', '2025-08-31', 'outputgericht')).toBe(1800);
    expect(maxPerPeriode(tw, '2025-09-01', '2025-09-05', 'outputgericht')).toBe(0);
    expect(maxOverTerm(tw, 'outputgericht')).toBe(2700);
  });

  it('IV078: a broken month per month gets the full monthly volume; per day and per month totals (§9.1 U2)', () => {
    expect(maxPerPeriode(t('2026-10-14', '2026-12-13', 15, '4'), '2026-10-14', '2026-10-31', 'inspanningsgericht')).toBe(15);
    expect(maxOverTerm(t('2026-10-14', '2026-12-13', 15, '4'), 'inspanningsgericht')).toBe(45);
    expect(maxOverTerm(t('2026-04-01', '2026-04-30', 2, '1'), undefined)).toBe(60);
    expect(maxOverTerm({ ...t('2026-04-01', '2026-04-30', 2, '4'), einddatum: null }, undefined)).toBeNull();
  });
});
