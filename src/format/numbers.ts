// Numbers, counts, money, percents and durations as display strings.
//
// Grouping: zh-CN groups thousands with `,` only from five digits up (`1234栋`, `10,553`), as
// GB/T 15835-2011 allows four-digit numbers to stay unseparated; en groups from four digits up.
// Negative numbers use U+2212 (−). Missing or non-finite input gives `—`.
import { DEFAULT_LOCALE, MINUS, MISSING, type Locale } from './locale.ts';

type MaybeNumber = number | null | undefined;

function isFiniteNumber(n: MaybeNumber): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Round half away from zero to `digits` decimals, immune to binary noise (0.3685 → 0.369 at 3). */
export function roundTo(value: number, digits: number): number {
  const clean = Number(Math.abs(value).toPrecision(15));
  const scale = 10 ** digits;
  const rounded = Math.round(Number((clean * scale).toPrecision(15))) / scale;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

function groupDigits(digits: string, locale: Locale): string {
  const minimum = locale === 'en' ? 4 : 5;
  if (digits.length < minimum) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number with exactly `digits` decimals and locale grouping: 10553 → `10,553`, −2.5 → `−2.5`. */
export function formatNumber(n: MaybeNumber, digits = 0, locale: Locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(n)) return MISSING;
  const rounded = roundTo(n, digits);
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(digits).split('.');
  const sign = rounded < 0 ? MINUS : '';
  return `${sign}${groupDigits(whole, locale)}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A number with up to `digits` decimals, trailing zeros dropped: 4.50 → `4.5`, 4.0 → `4`. */
export function formatDecimal(n: MaybeNumber, digits = 1, locale: Locale = DEFAULT_LOCALE): string {
  const text = formatNumber(n, digits, locale);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** An integer with grouping: `56`, `1234`, `10,553` (en: `1,234`). Rounds half away from zero. */
export function formatInteger(n: MaybeNumber, locale: Locale = DEFAULT_LOCALE): string {
  return formatNumber(n, 0, locale);
}

/** English names of the Chinese measure words we use: singular, plural. */
const EN_UNITS: Record<string, readonly [string, string]> = {
  栋: ['building', 'buildings'],
  人: ['person', 'people'],
  户: ['household', 'households'],
  部: ['elevator', 'elevators'],
  层: ['floor', 'floors'],
  个社区: ['community', 'communities'],
  个月: ['month', 'months'],
};

/** A count with its measure word: `56栋`, `10,086人`; en `56 buildings`. */
export function formatCount(n: MaybeNumber, unit: string, locale: Locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(n)) return MISSING;
  const number = formatInteger(n, locale);
  if (locale === 'zh-CN') return `${number}${unit}`;
  const names = EN_UNITS[unit];
  if (!names) return `${number} ${unit}`;
  return `${number} ${roundTo(n, 0) === 1 ? names[0] : names[1]}`;
}

/** Residents, exact: `10,086人`; en `10,086 people`. */
export function formatPeople(n: MaybeNumber, locale: Locale = DEFAULT_LOCALE): string {
  return formatCount(n, '人', locale);
}

/** Scale a large amount to 亿 or 万 with up to `digits` decimals; undefined below 万. */
function formatWan(n: number, digits: number): string | undefined {
  const abs = Math.abs(n);
  if (roundTo(abs / 1e8, digits) >= 1) return `${formatDecimal(n / 1e8, digits)}亿`;
  if (roundTo(abs / 1e4, digits) >= 1) return `${formatDecimal(n / 1e4, digits)}万`;
  return undefined;
}

/** Round to `significant` significant figures: 8634 → 8600 at 2. */
function roundSignificant(n: number, significant: number): number {
  if (n === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(n))) - significant + 1);
  return roundTo(n / magnitude, 0) * magnitude;
}

/**
 * Residents, approximate, for headlines: `约1万人`, `约1.3万人`, `约8600人`; below 100 exact (`86人`).
 * en: two significant figures, `about 10,000 people`.
 */
export function formatApproxPeople(n: MaybeNumber, locale: Locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(n)) return MISSING;
  if (Math.abs(n) < 100) return formatPeople(n, locale);
  const approx = roundSignificant(n, 2);
  if (locale === 'en') return `about ${formatInteger(approx, locale)} people`;
  const text = Math.abs(approx) >= 1e4 ? formatWan(n, 1) : undefined;
  return `约${text ?? formatInteger(approx, locale)}人`;
}

/** Money in yuan: `10万元`, `250万元`, `12.5万元`, `1.2亿元`, below 万 `5000元`; en `¥100,000`. */
export function formatYuan(n: MaybeNumber, locale: Locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(n)) return MISSING;
  if (locale === 'en') {
    const text = formatInteger(n, locale);
    return text.startsWith(MINUS) ? `${MINUS}¥${text.slice(1)}` : `¥${text}`;
  }
  return `${formatWan(n, 2) ?? formatInteger(n, locale)}元`;
}

/** A ratio as a percent with fixed decimals: 0.3684 → `36.8%`; digits 0 → `37%`. */
export function formatPercent(ratio: MaybeNumber, digits = 1, locale: Locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(ratio)) return MISSING;
  return `${formatNumber(ratio * 100, digits, locale)}%`;
}

/** Progress against a target: `101 / 100`. */
export function formatRatio(
  value: MaybeNumber,
  target: MaybeNumber,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (!isFiniteNumber(value) || !isFiniteNumber(target)) return MISSING;
  return `${formatInteger(value, locale)} / ${formatInteger(target, locale)}`;
}

/** A change with its sign: `+3`, `−2` (U+2212), `0`. */
export function formatSignedDelta(n: MaybeNumber, digits = 0, locale: Locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(n)) return MISSING;
  const text = formatNumber(n, digits, locale);
  return roundTo(n, digits) > 0 ? `+${text}` : text;
}

/** A duration in months, up to one decimal: `4.5个月`, `4个月`; en `4.5 months`, `1 month`. */
export function formatMonths(months: MaybeNumber, locale: Locale = DEFAULT_LOCALE): string {
  if (!isFiniteNumber(months)) return MISSING;
  const text = formatDecimal(months, 1, locale);
  if (locale === 'zh-CN') return `${text}个月`;
  return `${text} ${roundTo(months, 1) === 1 ? 'month' : 'months'}`;
}
