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

/**
 * The id as a file system compares it: case folded (Windows and macOS disks ignore case, so XW-1 and xw-1
 * would be one page) and full-width forms folded. Ids are unique by this key.
 */
export function idKey(id: string): string {
  return id.normalize('NFKC').toLowerCase();
}

/** Message for an id that repeats an earlier one, exactly or only by case. */
export function duplicateIdMessage(field: string, id: string, first: { id: string; line: number }, fix: string): string {
  if (first.id === id) return `${field}“${id}”重复（第 ${first.line} 行已有）：${fix}`;
  return `${field}“${id}”与第 ${first.line} 行的“${first.id}”只差大小写或全角半角：在 Windows 和 macOS 上网址会撞在一起（一个页面覆盖另一个），请改用不同的编号，或写成完全一样的“${first.id}”`;
}
