// Ids appear in URLs (/buildings/<id>/), so they must be short, stable and URL-safe.
import { looksLikeDate } from './parseNumber.ts';
import type { Parsed } from './parseDate.ts';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Checks an id column value (`field` is its key, e.g. `building_id`). */
export function parseId(raw: string, field: string): Parsed<string> {
  const value = raw.trim();
  if (value === '') return { ok: false, message: `${field} 为空：请填写编号` };
  if (looksLikeDate(value)) {
    return {
      ok: false,
      message: `${field}“${value}”像是被 Excel 变成了日期：请把该列设为“文本”格式，重新输入原来的编号`,
    };
  }
  if (!ID.test(value)) {
    return {
      ok: false,
      message: `${field}“${value}”含不允许的字符：编号只能用英文字母、数字、- 和 _（它会出现在网址里），例如 xw-001`,
    };
  }
  return { ok: true, value };
}
