import { describe, expect, it } from 'vitest';
import { excelSerialToIso, monthEnd, parseDate, parseMonth } from './parseDate.ts';

describe('parseDate', () => {
  it.each(['2025-09-03', '2025/9/3', '2025.9.3', '2025年9月3日', '２０２５-０９-０３'])('reads %s as 2025-09-03', (raw) => {
    expect(parseDate(raw, 'permit')).toEqual({ ok: true, value: '2025-09-03' });
  });
  it('rejects impossible and malformed dates with the field name and the expected form', () => {
    expect(parseDate('2025-02-30', 'permit')).toEqual({ ok: false, message: '日期“2025-02-30”不存在 (permit)：请核对年月日，写成 2025-09-03 格式' });
    expect(parseDate('2025-13-01', 'permit')).toMatchObject({ ok: false });
    expect(parseDate('2025/9-3', 'permit')).toEqual({ ok: false, message: '日期“2025/9-3”无效 (permit)：请写成 2025-09-03 格式' });
  });
  it('explains Excel date serials with the date they stand for', () => {
    expect(excelSerialToIso(45903)).toBe('2025-09-03');
    expect(excelSerialToIso(44441, true)).toBe('2025-09-03');
    const result = parseDate('45903', 'construction');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('即 2025-09-03');
    if (!result.ok) expect(result.message).toContain('“文本”或“日期”格式');
  });
});

describe('parseMonth and monthEnd', () => {
  it('reads months and finds their last day', () => {
    expect(parseMonth('2025年9月', 'month')).toEqual({ ok: true, value: '2025-09' });
    expect(parseMonth('2025-13', 'month').ok).toBe(false);
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-12')).toBe('2025-12-31');
  });
});
