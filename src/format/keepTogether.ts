// Dates, step counts and numbers with their units must not break across lines ("2025年9 / 月4日").
// Splits display text into runs; the runs marked `keep` are rendered with `white-space: nowrap`.

export interface TextRun {
  text: string;
  /** True for a date, `第2/7步` or a number with its unit: never broken inside. */
  keep: boolean;
}

const UNITS = '栋|户|层|号|人|万元|元|个月|个|步|天|年|月|日|%|％|KB|MB';
// Longest forms first: full dates, then year-months, month-days, step counts, numbers with units.
const TOGETHER = new RegExp(
  [
    '\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?',
    '\\d{1,2}月\\d{1,2}日',
    '第\\d+(?:/\\d+)?步',
    '\\d+号之\\d+',
    `\\d[\\d,.]*(?:\\s?(?:${UNITS}))?`,
  ].join('|'),
  'g',
);

/** `正在准备业主表决 · 第2/7步` → [`正在准备业主表决 · `, `第2/7步` (keep)]. */
export function keepTogether(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(TOGETHER)) {
    const start = m.index;
    if (start > at) runs.push({ text: text.slice(at, start), keep: false });
    runs.push({ text: m[0], keep: true });
    at = start + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}
