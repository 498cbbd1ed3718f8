import { describe, expect, it } from 'vitest';
import { MILESTONE_KEYS, makeBuilding, makeRow } from '../../tests/factories.ts';
import { emptyFigures } from './figures.ts';
import { countRemaining, defaultForecastMilestone, forecast } from './forecast.ts';
import { addMonths } from './months.ts';

/** A series from `first` with in_service counts `counts`, one month apart. */
function series(first: string, counts: number[]) {
  return counts.map((n, i) => {
    const f = emptyFigures(addMonths(first, i), MILESTONE_KEYS, { buildings: 0, eligible: 0, residents: 0 });
    f.reached['in_service'] = n;
    return f;
  });
}

describe('defaultForecastMilestone', () => {
  it('prefers in_service, else the last milestone', () => {
    expect(defaultForecastMilestone(MILESTONE_KEYS)).toBe('in_service');
    expect(defaultForecastMilestone(['a', 'b'])).toBe('b');
    expect(() => defaultForecastMilestone([])).toThrow();
  });
});

describe('countRemaining', () => {
  it('counts eligible buildings not yet there, excluding withdrawn and ineligible', () => {
    const buildings = [
      makeBuilding({ id: 'done' }),
      makeBuilding({ id: 'todo' }),
      makeBuilding({ id: 'untracked' }),
      makeBuilding({ id: 'gone' }),
      makeBuilding({ id: 'no', eligible: false }),
    ];
    const rows = new Map([
      ['done', makeRow({ buildingId: 'done', dates: { in_service: '2025-01-01' } })],
      ['todo', makeRow({ buildingId: 'todo', dates: { permit: '2025-01-01' } })],
      ['gone', makeRow({ buildingId: 'gone', status: 'withdrawn' })],
    ]);
    expect(countRemaining(buildings, rows, 'in_service')).toBe(2);
  });
});

describe('forecast', () => {
  it('uses a six-month trailing window when available', () => {
    // 2025-03 → 2025-09: 20 → 56, pace 6/month; 96 remaining → 16 months.
    const f = forecast(series('2025-01', [10, 15, 20, 30, 38, 45, 50, 53, 56]), 96, 'in_service');
    expect(f).toEqual({
      milestone: 'in_service',
      remaining: 96,
      pacePerMonth: 6,
      windowMonths: 6,
      month: '2027-01',
    });
  });

  it('uses fewer months when the history is short, rounding months up', () => {
    const f = forecast(series('2025-07', [0, 2, 5]), 11, 'in_service');
    expect(f.windowMonths).toBe(2);
    expect(f.pacePerMonth).toBe(2.5);
    expect(f.month).toBe('2026-02'); // 2025-09 + ceil(11 / 2.5) = 5 months
  });

  it('divides by calendar months when a snapshot month is missing', () => {
    const s = series('2025-01', [0, 4, 8]);
    const gap = [s[0], s[2]].flatMap((f) => (f ? [f] : []));
    const f = forecast(gap, 4, 'in_service', 6);
    expect(f).toMatchObject({ windowMonths: 2, pacePerMonth: 4, month: '2025-04' });
  });

  it('is undefined with no pace, a single month, or a falling count', () => {
    expect(forecast(series('2025-01', [5, 5, 5]), 3, 'in_service').month).toBeUndefined();
    expect(forecast(series('2025-01', [5]), 3, 'in_service')).toMatchObject({
      windowMonths: 0,
      pacePerMonth: 0,
      month: undefined,
    });
    expect(forecast(series('2025-01', [6, 5]), 3, 'in_service')).toMatchObject({
      pacePerMonth: 0,
      month: undefined,
    });
    expect(forecast([], 3, 'in_service').month).toBeUndefined();
  });

  it('is the latest month when nothing remains', () => {
    expect(forecast(series('2025-01', [5, 5]), 0, 'in_service').month).toBe('2025-02');
  });
});
