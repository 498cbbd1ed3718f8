// Yes/no columns as people write them.
import type { Parsed } from './parseDate.ts';

const TRUE = new Set(['yes', 'y', 'true', '1', '是', '符合']);
const FALSE = new Set(['no', 'n', 'false', '0', '否', '不符合']);

/** Parses yes/no, true/false, 1/0 or 是/否. */
export function parseBoolean(raw: string, field: string): Parsed<boolean> {
  const value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return { ok: true, value: true };
  if (FALSE.has(value)) return { ok: true, value: false };
  return { ok: false, message: `${field} 的值“${raw.trim()}”无效：请写 是 或 否（也可写 yes/no、true/false、1/0）` };
}
