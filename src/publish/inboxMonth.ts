// The month an uploaded file is for, from its name alone: 2025-10.xlsx, 2025年10月.xlsx, 2025_10.csv.
import { normalizeDigits } from '../data/normalizeDigits.ts';
import type { Month } from '../data/types.ts';

export type InboxName = { ok: true; month: Month; format: 'xlsx' | 'csv' } | { ok: false; message: string };

const MONTHS = /(?<!\d)(\d{4})\s*(?:[-_.\/]|年)\s*(\d{1,2})(?!\d)\s*月?/g;
const EXAMPLE = '请把文件命名为月份，例如 2025-10.xlsx 或 2025年10月.xlsx';

/** Reads the month from a file name; a name with no month, two months or an odd type is refused. */
export function inboxMonth(fileName: string): InboxName {
  const name = normalizeDigits(fileName.normalize('NFKC'));
  const ext = /\.(xlsx|csv)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') {
    const hint = /\.(xls|et|ods|numbers)$/i.test(name)
      ? '请在 Excel 中“另存为” .xlsx 格式'
      : '只接受 .xlsx 或 .csv 文件';
    return { ok: false, message: `${fileName}：不是 .xlsx 或 .csv 文件：${hint}` };
  }
  const stem = name.slice(0, -ext.length - 1);
  const found = new Set(
    [...stem.matchAll(MONTHS)]
      .filter((m) => Number(m[2]) >= 1 && Number(m[2]) <= 12)
      .map((m) => `${m[1]}-${String(Number(m[2])).padStart(2, '0')}`),
  );
  const [month, ...others] = found;
  if (!month) return { ok: false, message: `${fileName}：文件名里没有月份：${EXAMPLE}` };
  if (others.length > 0) {
    return {
      ok: false,
      message: `${fileName}：文件名里有多个月份（${[...found].join('、')}），不知道是哪个月的数据：${EXAMPLE}`,
    };
  }
  return { ok: true, month, format: ext };
}
