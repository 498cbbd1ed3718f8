// Calendar arithmetic on `YYYY-MM` and `YYYY-MM-DD` strings. Never reads the clock.
import type { IsoDate, Month } from '../data/types.ts';

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Average Gregorian month in days (365.2425 / 12). */
export const DAYS_PER_MONTH = 30.4375;

function parseMonth(month: Month): { year: number; month: number } {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`not a YYYY-MM month: ${JSON.stringify(month)}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** `2025-09` plus `n` months (n may be negative). */
export function addMonths(month: Month, n: number): Month {
  const { year, month: mm } = parseMonth(month);
  const index = year * 12 + (mm - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** Whole calendar months from `a` to `b` (positive when b is later). */
export function monthsBetween(a: Month, b: Month): number {
  const pa = parseMonth(a);
  const pb = parseMonth(b);
  return (pb.year - pa.year) * 12 + (pb.month - pa.month);
}

/** The `YYYY-MM` month of an ISO date. */
export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

/** Days from date `a` to date `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return (utcMs(b) - utcMs(a)) / MS_PER_DAY;
}

function utcMs(date: IsoDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}
