import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears, daysInMonth, elfproef, findOverlaps, isLastOfMonth, isWholeMonth, periodsOverlap, sameMonth, sameProduct,
  type Period,
} from './support.js';

describe('elfproef', () => {
  it('accepts the example of elfproef.md and the test BSNs, rejects near misses and non-numbers', () => {
    expect(elfproef('123456782')).toBe(true);
    expect(elfproef('999900006')).toBe(true);
    expect(elfproef('999999990')).toBe(true);
    expect(elfproef('123456781')).toBe(false);
    expect(elfproef('12345678')).toBe(false);
    expect(elfproef('12345678a')).toBe(false);
    expect(elfproef('1234567820')).toBe(false);
  });

  it('agrees with the formula on random nine-digit strings', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (d) => {
        const sum = d.slice(0, 8).reduce((s, x, i) => s + (9 - i) * x, 0) - d[8]!;
        expect(elfproef(d.join(''))).toBe(((sum % 11) + 11) % 11 === 0);
      }),
    );
  });
});

describe('dates', () => {
  it('shifts years and clamps 29 February', () => {
    expect(addYears('2026-04-15', -120)).toBe('1906-04-15');
    expect(addYears('2024-02-29', -5)).toBe('2019-02-28');
    expect(addYears('2024-02-29', -4)).toBe('2020-02-29');
    expect(addYears('2000-02-29', -100)).toBe('1900-02-28');
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(isLastOfMonth('2026-12-31')).toBe(true);
    expect(isLastOfMonth('2026-02-28')).toBe(true);
    expect(isLastOfMonth('2028-02-28')).toBe(false);
  });

  it('recognises a whole calendar month', () => {
    expect(isWholeMonth('2026-04-01', '2026-04-30')).toBe(true);
    expect(isWholeMonth('2028-02-01', '2028-02-29')).toBe(true);
    expect(isWholeMonth('2026-04-01', '2026-04-29')).toBe(false);
    expect(isWholeMonth('2026-03-01', '2026-04-30')).toBe(false);
    expect(isWholeMonth('2025-04-01', '2026-04-30')).toBe(false);
    expect(sameMonth('2026-04-01', '2026-04-30')).toBe(true);
    expect(sameMonth('2026-04-30', '2025-04-30')).toBe(false);
  });
});

describe('periods and products', () => {
  const date = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
  const period = fc.tuple(date, fc.option(date, { nil: undefined })).map(([a, b]): Period => (b === undefined || b >= a ? { begin: a, end: b } : { begin: b, end: a }));

  it('treats an empty end as open, inclusive at both ends', () => {
    expect(periodsOverlap({ begin: '2026-01-01', end: '2026-01-31' }, { begin: '2026-01-31', end: '2026-02-28' })).toBe(true);
    expect(periodsOverlap({ begin: '2026-01-01', end: '2026-01-31' }, { begin: '2026-02-01' })).toBe(false);
    expect(periodsOverlap({ begin: '2026-01-01' }, { begin: '2030-01-01', end: '2030-01-31' })).toBe(true);
  });

  it('overlap is symmetric and agrees with a day-by-day definition', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
        const lastStart = a.begin > b.begin ? a.begin : b.begin;
        const ends = [a.end, b.end].filter((e): e is string => e !== undefined).sort();
        expect(periodsOverlap(a, b)).toBe(ends.length === 0 || lastStart <= ends[0]!);
      }),
    );
  });

  it('compares products by code, else category; generic matches all', () => {
    expect(sameProduct({ Categorie: '45', Code: '45A03' }, { Categorie: '45', Code: '45A03' })).toBe(true);
    expect(sameProduct({ Categorie: '45', Code: '45A03' }, { Categorie: '45', Code: '45A04' })).toBe(false);
    expect(sameProduct({ Categorie: '45' }, { Categorie: '45', Code: '45A04' })).toBe(true);
    expect(sameProduct({ Categorie: '45' }, { Categorie: '55' })).toBe(false);
    expect(sameProduct(undefined, { Categorie: '55', Code: '55A11' })).toBe(true);
  });

  it('findOverlaps reports each later item once, against the first earlier match, like a pairwise scan', () => {
    const product = fc.option(
      fc.record({ Categorie: fc.constantFrom('45', '55'), Code: fc.option(fc.constantFrom('X1', 'X2'), { nil: undefined }) }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(product, period), { maxLength: 12 }), (rows) => {
        const items = rows.map(([p, per], i) => ({
          item: i,
          product: p === undefined ? undefined : p.Code === undefined ? { Categorie: p.Categorie as '45' } : { Categorie: p.Categorie as '45', Code: p.Code },
          period: per,
        }));
        const naive = items.flatMap((it, j) => {
          const first = items.slice(0, j).find((e) => sameProduct(e.product, it.product) && periodsOverlap(e.period, it.period));
          return first ? [[j, first.item]] : [];
        });
        expect(findOverlaps(items).map((o) => [o.item.item, o.earlier.item])).toEqual(naive);
      }),
    );
  });
});
