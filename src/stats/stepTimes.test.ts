import { describe, expect, it } from 'vitest';
import { makeRow } from '../../tests/factories.ts';
import { DAYS_PER_MONTH } from './months.ts';
import {
  arrivalTimes,
  MIN_HISTORY,
  monthEndDate,
  monthsAtStage,
  pastTypical,
  stepTimes,
} from './stepTimes.ts';

const keys = ['a', 'b', 'c'];
const m = (days: number): number => days / DAYS_PER_MONTH;

describe('stepTimes', () => {
  // a→b gaps in days, by hand: 31, 59, 90, 120, 151 (Jan 1 → Feb 1, Mar 1, Apr 1, May 1, Jun 1).
  const rows = [
    makeRow({ buildingId: 'p', dates: { a: '2025-01-01', b: '2025-06-01', c: '2025-07-01' } }),
    makeRow({ buildingId: 'q', dates: { a: '2025-01-01', b: '2025-02-01' } }),
    makeRow({ buildingId: 'r', dates: { a: '2025-01-01', b: '2025-04-01' } }),
    makeRow({ buildingId: 's', dates: { a: '2025-01-01', b: '2025-03-01' } }),
    makeRow({ buildingId: 't', dates: { a: '2025-01-01', b: '2025-05-01' } }),
    makeRow({ buildingId: 'u', dates: { a: '2025-01-01' } }), // still at a: not measured
  ];

  it('gives median and middle half over the buildings that made the step', () => {
    const ab = stepTimes(rows, keys).get('a');
    // Sorted 31, 59, 90, 120, 151: median the 3rd (90); R-7 p25 at index 1 (59), p75 at index 3 (120).
    expect(ab?.count).toBe(5);
    expect(ab?.median).toBeCloseTo(m(90), 10);
    expect(ab?.p25).toBeCloseTo(m(59), 10);
    expect(ab?.p75).toBeCloseTo(m(120), 10);
  });

  it('interpolates between buildings when the quartile falls between two', () => {
    const six = [...rows, makeRow({ buildingId: 'v', dates: { a: '2025-01-01', b: '2025-07-01' } })];
    // Sorted 31, 59, 90, 120, 151, 181: p25 at index 1.25 → 59 + 0.25·31 = 66.75; median 105; p75 at 3.75 → 120 + 0.75·31 = 143.25.
    const ab = stepTimes(six, keys).get('a');
    expect(ab?.p25).toBeCloseTo(m(66.75), 10);
    expect(ab?.median).toBeCloseTo(m(105), 10);
    expect(ab?.p75).toBeCloseTo(m(143.25), 10);
  });

  it(`says nothing typical under ${MIN_HISTORY} buildings, but still counts them`, () => {
    expect(stepTimes(rows, keys).get('b')).toEqual({
      from: 'b',
      to: 'c',
      count: 1,
      median: undefined,
      p25: undefined,
      p75: undefined,
    });
    expect(stepTimes(rows, keys).has('c')).toBe(false);
  });
});

describe('an optional step some buildings skip (b between a and c)', () => {
  // Five skip b (a→c in 31, 59, 90, 120, 151 days); one goes a→b→c (10 days, then 20).
  const skippers = ['2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01'].map((c, i) =>
    makeRow({ buildingId: `s${String(i)}`, dates: { a: '2025-01-01', c } }),
  );
  const through = makeRow({ buildingId: 't', dates: { a: '2025-01-01', b: '2025-01-11', c: '2025-01-31' } });
  const rows = [...skippers, through];

  it('ends a stay at the next step reached, skipped or not', () => {
    const atA = stepTimes(rows, keys).get('a');
    expect(atA?.count).toBe(6);
    // Sorted 10, 31, 59, 90, 120, 151: median between 59 and 90.
    expect(atA?.median).toBeCloseTo(m(74.5), 10);
    expect(stepTimes(rows, keys).get('b')?.count).toBe(1);
  });

  it('times reaching a step from the step reached just before it', () => {
    const toC = arrivalTimes(rows, keys).get('c');
    expect(toC).toMatchObject({ from: 'b', to: 'c', count: 6 });
    // Sorted 20, 31, 59, 90, 120, 151: median between 59 and 90.
    expect(toC?.median).toBeCloseTo(m(74.5), 10);
    expect(arrivalTimes(rows, keys).get('b')?.count).toBe(1);
    expect(arrivalTimes(rows, keys).has('a')).toBe(false);
  });
});

describe('monthsAtStage and pastTypical', () => {
  it('measures from the current milestone to the as-of date', () => {
    const row = makeRow({ dates: { a: '2025-01-01', b: '2025-06-01' } });
    expect(monthsAtStage(row, 'b', '2025-09-30')).toBeCloseTo(m(121), 10);
    expect(monthsAtStage(row, 'none', '2025-09-30')).toBeUndefined();
    expect(monthsAtStage(undefined, 'b', '2025-09-30')).toBeUndefined();
  });

  it('is past typical only beyond the 75th percentile', () => {
    const step = { from: 'a', to: 'b', count: 5, median: 3, p25: 2, p75: 4 };
    expect(pastTypical(4, step)).toBe(false);
    expect(pastTypical(4.1, step)).toBe(true);
    expect(pastTypical(9, { ...step, p75: undefined })).toBe(false);
    expect(pastTypical(undefined, step)).toBe(false);
  });

  it('knows month ends, leap years included', () => {
    expect(monthEndDate('2025-09')).toBe('2025-09-30');
    expect(monthEndDate('2024-02')).toBe('2024-02-29');
    expect(monthEndDate('2025-12')).toBe('2025-12-31');
  });
});
