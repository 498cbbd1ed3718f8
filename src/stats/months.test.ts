import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, monthOf, monthsBetween } from './months.ts';

describe('months', () => {
  it('adds months across year boundaries', () => {
    expect(addMonths('2025-09', 4)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-01', -13)).toBe('2023-12');
    expect(addMonths('2025-12', 0)).toBe('2025-12');
    expect(addMonths('2025-06', 30)).toBe('2027-12');
  });

  it('counts months between', () => {
    expect(monthsBetween('2024-10', '2025-09')).toBe(11);
    expect(monthsBetween('2025-09', '2025-03')).toBe(-6);
  });

  it('counts days, including leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-01-01')).toBe(-59);
  });

  it('takes the month of a date', () => {
    expect(monthOf('2025-09-03')).toBe('2025-09');
  });

  it('rejects malformed input', () => {
    expect(() => addMonths('2025-9', 1)).toThrow(/YYYY-MM/);
    expect(() => daysBetween('2025/09/03', '2025-09-04')).toThrow(/YYYY-MM-DD/);
  });
});
