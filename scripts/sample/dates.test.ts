import { describe, expect, it } from 'vitest';
import { fromDay, isIsoDate, monthEnd, monthRange, toDay, toWorkday } from './dates.ts';

describe('dates', () => {
  it('round-trips day numbers', () => {
    expect(fromDay(toDay('2024-02-29') + 1)).toBe('2024-03-01');
  });

  it('finds month ends, including leap Februaries', () => {
    expect(monthEnd('2025-09')).toBe('2025-09-30');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2024-12')).toBe('2024-12-31');
  });

  it('lists months across a year end', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('moves weekends back to Friday', () => {
    expect(toWorkday('2025-09-27')).toBe('2025-09-26'); // Saturday
    expect(toWorkday('2025-09-28')).toBe('2025-09-26'); // Sunday
    expect(toWorkday('2025-09-29')).toBe('2025-09-29'); // Monday
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025/2/28')).toBe(false);
  });
});
