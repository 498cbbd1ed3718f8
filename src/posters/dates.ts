// Date strings for posters. Stand-ins until src/format has dates: same conventions (2025年9月, 2025年9月3日).
import type { IsoDate, Month } from '../data/types.ts';

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

/** Last day of a month as ISO date: snapshots describe the state at the month's end. */
export function monthEnd(month: Month): IsoDate {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** Whole months from one ISO date to a later one. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [y1 = 0, m1 = 0, d1 = 0] = from.split('-').map(Number);
  const [y2 = 0, m2 = 0, d2 = 0] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
