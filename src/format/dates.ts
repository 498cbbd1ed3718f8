// Months and dates as display strings. Input is the data model's `YYYY-MM` / `YYYY-MM-DD`;
// missing input gives `—`, malformed input throws (a bug upstream, never something to publish).
import type { IsoDate, Month } from '../data/types.ts';
import { DEFAULT_LOCALE, MISSING, type Locale } from './locale.ts';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

type MaybeString = string | null | undefined;

function parse(value: string, withDay: boolean): { year: number; month: number; day: number } {
  const match = (withDay ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^(\d{4})-(\d{2})$/).exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = withDay ? Number(match?.[3]) : 1;
  const valid = match !== null && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!valid)
    throw new Error(`cannot format ${JSON.stringify(value)}: expected ${withDay ? 'YYYY-MM-DD' : 'YYYY-MM'}`);
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function enMonth(month: number, short: boolean): string {
  const name = EN_MONTHS[month - 1] ?? '';
  return short ? name.slice(0, 3) : name;
}

/** `2025-09` → `2025年9月`; en `September 2025`. */
export function formatMonth(month: Month | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (!month) return MISSING;
  const p = parse(month, false);
  return locale === 'en' ? `${enMonth(p.month, false)} ${p.year}` : `${p.year}年${p.month}月`;
}

/** `2025-09` → `9月`; en `Sep`. For axes and lists within one year. */
export function formatMonthShort(month: MaybeString, locale: Locale = DEFAULT_LOCALE): string {
  if (!month) return MISSING;
  const p = parse(month, false);
  return locale === 'en' ? enMonth(p.month, true) : `${p.month}月`;
}

/** `2025-09` → `2025.9`; en `Sep 2025`. For axes spanning years. */
export function formatMonthCompact(month: MaybeString, locale: Locale = DEFAULT_LOCALE): string {
  if (!month) return MISSING;
  const p = parse(month, false);
  return locale === 'en' ? `${enMonth(p.month, true)} ${p.year}` : `${p.year}.${p.month}`;
}

/** `2025-09-03` → `2025年9月3日`; en `3 September 2025`. */
export function formatDate(date: IsoDate | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (!date) return MISSING;
  const p = parse(date, true);
  return locale === 'en'
    ? `${p.day} ${enMonth(p.month, false)} ${p.year}`
    : `${p.year}年${p.month}月${p.day}日`;
}

/** `2025-09-03` → `9月3日`; en `3 Sep`. */
export function formatDateShort(date: MaybeString, locale: Locale = DEFAULT_LOCALE): string {
  if (!date) return MISSING;
  const p = parse(date, true);
  return locale === 'en' ? `${p.day} ${enMonth(p.month, true)}` : `${p.month}月${p.day}日`;
}
