import { describe, expect, it } from 'vitest';
import { formatDate, formatDateShort, formatMonth, formatMonthCompact, formatMonthShort } from './dates.ts';

describe('months', () => {
  it('formats in Chinese without leading zeros', () => {
    expect(formatMonth('2025-09')).toBe('2025年9月');
    expect(formatMonth('2025-12')).toBe('2025年12月');
    expect(formatMonthShort('2025-09')).toBe('9月');
    expect(formatMonthCompact('2025-09')).toBe('2025.9');
  });

  it('formats in English', () => {
    expect(formatMonth('2025-09', 'en')).toBe('September 2025');
    expect(formatMonthShort('2025-01', 'en')).toBe('Jan');
    expect(formatMonthCompact('2025-09', 'en')).toBe('Sep 2025');
  });
});

describe('dates', () => {
  it('formats in Chinese and English', () => {
    expect(formatDate('2025-09-03')).toBe('2025年9月3日');
    expect(formatDateShort('2025-09-03')).toBe('9月3日');
    expect(formatDate('2025-09-03', 'en')).toBe('3 September 2025');
    expect(formatDateShort('2025-12-31', 'en')).toBe('31 Dec');
    expect(formatDate('2024-02-29')).toBe('2024年2月29日');
  });
});

describe('missing and malformed input', () => {
  it('shows — for missing values', () => {
    for (const fn of [formatMonth, formatMonthShort, formatMonthCompact, formatDate, formatDateShort]) {
      expect(fn(undefined)).toBe('—');
      expect(fn(null)).toBe('—');
      expect(fn('')).toBe('—');
    }
  });

  it('throws on malformed values', () => {
    expect(() => formatMonth('2025-9')).toThrow(/YYYY-MM/);
    expect(() => formatMonth('2025-13')).toThrow();
    expect(() => formatDate('2025/09/03')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2025-02-29')).toThrow();
    expect(() => formatDateShort('2025-09')).toThrow();
  });
});
