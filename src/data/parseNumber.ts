// Numbers as typed in Excel, with hints for the usual ways Excel or people damage them.
import { normalizeDigits } from './normalizeDigits.ts';
import type { Parsed } from './parseDate.ts';

export interface NumberOptions {
  integer: boolean;
  min?: number;
  max?: number;
}

const SCIENTIFIC = /^[-+]?\d+(\.\d+)?[eE][-+]?\d+$/;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const DATE_LIKE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/;
const WITH_UNIT = /^([-+]?\d+(?:\.\d+)?)\s*([^\d\s.,]+)$/;
const INTEGER = /^\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** True when a value looks like a date Excel made out of something else (e.g. 2025/7/1). */
export function looksLikeDate(raw: string): boolean {
  return DATE_LIKE.test(normalizeDigits(raw.trim()));
}

/**
 * Parses a plain number. Rejects `12层`, `1,234` (ambiguous separator), `4.2E+17` and dates,
 * each with a hint. `field` names the column in messages.
 */
export function parseNumber(raw: string, field: string, options: NumberOptions): Parsed<number> {
  const text = normalizeDigits(raw.trim());
  if (SCIENTIFIC.test(text)) {
    return {
      ok: false,
      message: `“${raw}”是科学计数法，Excel 已改坏了原值 (${field})：请把该列设为“文本”格式，重新输入完整数字`,
    };
  }
  if (THOUSANDS.test(text)) {
    return {
      ok: false,
      message: `“${raw}”含千位分隔符 (${field})：请去掉逗号，写成 ${text.replaceAll(',', '')}`,
    };
  }
  if (DATE_LIKE.test(text)) {
    return {
      ok: false,
      message: `“${raw}”像是被 Excel 变成了日期 (${field})：请把该列设为“文本”或“常规”格式，重新输入数字`,
    };
  }
  const unit = WITH_UNIT.exec(text);
  if (unit) {
    return { ok: false, message: `“${raw}”带有单位 (${field})：请只写数字，写成 ${unit[1]}` };
  }
  const pattern = options.integer ? INTEGER : DECIMAL;
  if (!pattern.test(text)) {
    const kind = options.integer ? '整数' : '数字';
    return { ok: false, message: `“${raw}”不是${kind} (${field})：请写${kind}，例如 12` };
  }
  const value = Number(text);
  if (options.min !== undefined && value < options.min) {
    return { ok: false, message: `${field} 的值 ${text} 太小：应不小于 ${options.min}` };
  }
  if (options.max !== undefined && value > options.max) {
    return { ok: false, message: `${field} 的值 ${text} 太大：应不大于 ${options.max}` };
  }
  return { ok: true, value };
}
