// The formatting functions charts use, in one place. Re-exported from src/format once it lands;
// until then, local stand-ins with the same Chinese conventions (56栋, 37%, 2025年9月).
import type { IsoDate, Month } from '../data/types.ts';

/** `56栋` (unit defaults to 栋). */
export function formatCount(n: number, unit = '栋'): string {
  return `${n.toLocaleString('zh-CN')}${unit}`;
}

/** `37%` from a ratio 0.37. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** `2025年9月`. */
export function formatMonth(month: Month): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** `2025年9月3日`. */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** `1,234` — a plain number for table cells whose header names the unit. */
export function formatNumber(n: number): string {
  return n.toLocaleString('zh-CN');
}
