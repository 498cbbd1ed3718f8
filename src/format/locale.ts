// Locales the formatting module knows, and the placeholder for a missing value.

export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Shown for a missing or non-finite value (undefined, null, NaN, ±Infinity): an em dash. */
export const MISSING = '—';

/** U+2212 MINUS SIGN: as wide as `+` and the digits in Noto Sans SC, unlike the short hyphen. */
export const MINUS = '\u2212';
