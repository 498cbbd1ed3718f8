import { describe, expect, it } from 'vitest';
import { inboxMonth } from './inboxMonth.ts';

describe('inboxMonth', () => {
  it('reads the month from the spellings clerks use', () => {
    const months = [
      '2025-10.xlsx',
      '2025年10月.xlsx',
      '２０２５年１０月.XLSX',
      '西村街2025年9月进展.csv',
      '2025_9.csv',
    ].map((n) => inboxMonth(n));
    expect(months).toEqual([
      { ok: true, month: '2025-10', format: 'xlsx' },
      { ok: true, month: '2025-10', format: 'xlsx' },
      { ok: true, month: '2025-10', format: 'xlsx' },
      { ok: true, month: '2025-09', format: 'csv' },
      { ok: true, month: '2025-09', format: 'csv' },
    ]);
  });

  it('refuses a name without a month, with two months, or of another type, saying how to name it', () => {
    expect(inboxMonth('十月进展.xlsx')).toEqual({
      ok: false,
      message: '十月进展.xlsx：文件名里没有月份：请把文件命名为月份，例如 2025-10.xlsx 或 2025年10月.xlsx',
    });
    expect(inboxMonth('2025-09至2025-10.xlsx')).toMatchObject({
      ok: false,
      message: expect.stringContaining('有多个月份（2025-09、2025-10）'),
    });
    expect(inboxMonth('2025-13.xlsx').ok).toBe(false);
    expect(inboxMonth('2025-10.xls')).toMatchObject({
      ok: false,
      message: expect.stringContaining('另存为” .xlsx'),
    });
  });
});
