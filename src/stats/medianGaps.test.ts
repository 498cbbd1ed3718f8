import { describe, expect, it } from 'vitest';
import { makeRow } from '../../tests/factories.ts';
import { medianGaps } from './medianGaps.ts';

describe('medianGaps', () => {
  const keys = ['a', 'b', 'c'];

  it('takes the median over rows with both dates, in fractional months', () => {
    const rows = [
      makeRow({ dates: { a: '2025-01-01', b: '2025-01-31' } }), // 30 days  → 0.99
      makeRow({ dates: { a: '2025-01-01', b: '2025-04-01' } }), // 90 days  → 2.96
      makeRow({ dates: { a: '2025-01-01', b: '2025-07-01', c: '2025-07-01' } }), // 181 days → 5.95
      makeRow({ dates: { b: '2025-01-01' } }), // no a: not measured
    ];
    expect(medianGaps(rows, keys)).toEqual([
      { from: 'a', to: 'b', months: 3, count: 3 },
      { from: 'b', to: 'c', months: 0, count: 1 },
    ]);
  });

  it('averages the middle pair for an even count and rounds to one decimal', () => {
    const rows = [
      makeRow({ dates: { a: '2025-01-01', b: '2025-02-01' } }), // 31 days
      makeRow({ dates: { a: '2025-01-01', b: '2025-03-01' } }), // 59 days → median 45 days = 1.478…
    ];
    expect(medianGaps(rows, keys)[0]).toEqual({ from: 'a', to: 'b', months: 1.5, count: 2 });
  });

  it('is null when no row has both milestones, and empty for a single milestone', () => {
    expect(medianGaps([makeRow()], keys)).toEqual([
      { from: 'a', to: 'b', months: null, count: 0 },
      { from: 'b', to: 'c', months: null, count: 0 },
    ]);
    expect(medianGaps([makeRow()], ['a'])).toEqual([]);
  });
});
