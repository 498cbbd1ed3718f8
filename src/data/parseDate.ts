// Dates as office staff type them, normalised to ISO `YYYY-MM-DD`.
import { normalizeDigits } from './normalizeDigits.ts';
import type { IsoDate, Month } from './types.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const EXCEL_SERIAL = /^\d{5}(\.\d+)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Builds an ISO date if the calendar has that day (2025-02-30 does not exist). */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return undefined;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The date an Excel serial number stands for (1900 date system, or 1904 when the workbook says so). */
export function excelSerialToIso(serial: number, date1904 = false): IsoDate {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.floor(serial) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// Snapshots repeat the same few thousand dates hundreds of thousands of times; a valid parse does not
// depend on the field, so it is kept (frozen, shared) by the raw text. Invalid input is never kept.
const VALID_DATES = new Map<string, Parsed<IsoDate>>();

/**
 * Parses 2025-09-03, 2025/9/3, 2025.9.3 or 2025年9月3日 (full-width digits too).
 * `field` names the column in messages, e.g. `permit`.
 */
export function parseDate(raw: string, field: string): Parsed<IsoDate> {
  const known = VALID_DATES.get(raw);
  if (known) return known;
  const text = normalizeDigits(raw.trim());
  const m = SEPARATED.exec(text);
  const c = m ? null : CHINESE.exec(text);
  const parts = m ? [m[1], m[3], m[4]] : c ? [c[1], c[2], c[3]] : undefined;
  if (parts) {
    const [y, mo, d] = parts.map(Number);
    const iso = isoDate(y ?? 0, mo ?? 0, d ?? 0);
    if (iso) {
      const parsed = Object.freeze({ ok: true, value: iso } as const);
      if (VALID_DATES.size >= 50_000) VALID_DATES.clear(); // bound it in long-running dev servers
      VALID_DATES.set(raw, parsed);
      return parsed;
    }
    return { ok: false, message: `日期“${raw}”不存在 (${field})：请核对年月日，写成 2025-09-03 格式` };
  }
  if (EXCEL_SERIAL.test(text)) {
    const serial = Number(text);
    return {
      ok: false,
      message: `“${raw}”是 Excel 日期序号 (${field})，即 ${excelSerialToIso(serial)}：请把该列设为“文本”或“日期”格式后导出，写成 ${excelSerialToIso(serial)}`,
    };
  }
  return { ok: false, message: `日期“${raw}”无效 (${field})：请写成 2025-09-03 格式` };
}

const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/** Parses a month: 2025-09, 2025/9, 2025年9月. */
export function parseMonth(raw: string, field: string): Parsed<Month> {
  const m = MONTH.exec(normalizeDigits(raw.trim()));
  const month = m ? Number(m[2]) : 0;
  if (m && month >= 1 && month <= 12) return { ok: true, value: `${m[1]}-${pad(month)}` };
  return { ok: false, message: `月份“${raw}”无效 (${field})：请写成 2025-09 格式` };
}

/** Last day of a month, e.g. 2025-02 → 2025-02-28. */
export function monthEnd(month: Month): IsoDate {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y ?? 0, m ?? 0, 0));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
