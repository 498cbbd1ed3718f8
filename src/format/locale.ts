// Locales the formatting module knows, and the placeholder for a missing value.

export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Locales a whole site can be published in: every page, chart and poster has its words in them.
 * `en` covers only the shared strings in i18n.ts, so a site in English would come out half translated.
 */
export const SITE_LOCALES: readonly string[] = ['zh-CN'];

/** Shown for a missing or non-finite value (undefined, null, NaN, ±Infinity): an em dash. */
export const MISSING = '—';

/** U+2212 MINUS SIGN: as wide as `+` and the digits in Noto Sans SC, unlike the short hyphen. */
export const MINUS = '\u2212';
