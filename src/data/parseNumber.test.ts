import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber.ts';

const floors = (raw: string): ReturnType<typeof parseNumber> => parseNumber(raw, 'floors', { integer: true, min: 1 });

describe('parseNumber', () => {
  it('reads plain and full-width digits', () => {
    expect(floors('12')).toEqual({ ok: true, value: 12 });
    expect(floors('１２')).toEqual({ ok: true, value: 12 });
    expect(parseNumber('-23.5', 'lat', { integer: false })).toEqual({ ok: true, value: -23.5 });
  });
  it('rejects units with a hint to write the number', () => {
    expect(floors('12层')).toEqual({ ok: false, message: '“12层”带有单位 (floors)：请只写数字，写成 12' });
  });
  it('rejects thousands separators (ambiguous) with the number to write', () => {
    expect(parseNumber('1,234', 'residents', { integer: true })).toEqual({ ok: false, message: '“1,234”含千位分隔符 (residents)：请去掉逗号，写成 1234' });
  });
  it('says Excel damaged scientific notation', () => {
    const r = floors('4.2E+17');
    expect(!r.ok && r.message).toContain('Excel 已改坏了原值');
  });
  it('says a date was made out of a number', () => {
    const r = floors('2025/7/1');
    expect(!r.ok && r.message).toContain('像是被 Excel 变成了日期');
  });
  it('rejects formulas and out-of-range values', () => {
    expect(floors('=A1').ok).toBe(false);
    expect(floors('0')).toEqual({ ok: false, message: 'floors 的值 0 太小：应不小于 1' });
  });
});
