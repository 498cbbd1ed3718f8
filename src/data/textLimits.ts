// The longest text each field may hold, in characters (documented in data/README.md). Checked before
// anything else reads the value, so a pasted 1,000,000-character note stops at validate.

/** Limits by column or field key; milestone date columns and other short codes use `DEFAULT_LIMIT`. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  building_id: 64,
  community_id: 64,
  name: 40,
  name_en: 80,
  address: 60,
  ineligible_reason: 200,
  note: 300,
  reason: 300,
  old_value: 100,
  new_value: 100,
  // photos/photos.csv
  file: 200,
  alt: 200,
  credit: 60,
};

/** Dates, numbers, statuses, months and other short values. */
export const DEFAULT_LIMIT = 40;
/** report.json: descriptions (`*.description`) and every other string. */
export const REPORT_DESCRIPTION_LIMIT = 500;
export const REPORT_TEXT_LIMIT = 100;
/** A column header or JSON key. */
export const HEADER_LIMIT = 40;

/** Values of an unknown column (already an error): only the longest limit, so one mistake is one message. */
const UNKNOWN_COLUMN_LIMIT = 300;

/** The limit of a column by its key; undefined: a column the file should not have. */
export function limitFor(key: string | undefined): number {
  if (key === undefined) return UNKNOWN_COLUMN_LIMIT;
  return TEXT_LIMITS[key] ?? DEFAULT_LIMIT;
}

/** Length in characters (code points). */
export function charLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n -= 1; // a surrogate pair is one character
  }
  return n;
}

/** The first `limit` characters of `text`. */
export function truncateChars(text: string, limit: number): string {
  let end = 0;
  let n = 0;
  for (const c of text) {
    if (n === limit) break;
    end += c.length;
    n += 1;
  }
  return text.slice(0, end);
}
