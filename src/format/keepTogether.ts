// Dates, step counts and numbers with their units must not break across lines ("2025年9 / 月4日").
// Splits display text into runs; the runs marked `keep` are rendered with `white-space: nowrap`.
import { ELEVATOR_ENTITY } from '../data/programmeWords.ts';

export interface TextRun {
  text: string;
  /** True for a date, `第2/7步` or a number with its unit: never broken inside. */
  keep: boolean;
}

// Measure words any programme counts with; the programme's own (report.json `entity.counter`) comes in as
// an argument.
const UNITS = '户 层 号 人 万元 元 个月 个 步 天 年 月 日 % ％ KB MB'.split(' ');
// Xicun's measure word while a caller does not pass its programme's.
const DEFAULT_COUNTERS: readonly string[] = [ELEVATOR_ENTITY.counter];

const escape = (unit: string): string => unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `个月|万元|个|元…` for a regular expression: each unit once, escaped, longer units before their prefixes. */
export function unitAlternation(units: readonly string[]): string {
  return [...new Set(units)]
    .filter((u) => u !== '')
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

// Built once per set of counters: pages call keepTogether for every text node.
const patterns = new Map<string, RegExp>();

// Longest forms first: full dates, then year-months, month-days, step counts, numbers with units.
function together(counters: readonly string[]): RegExp {
  const key = counters.join('|');
  const known = patterns.get(key);
  if (known) return known;
  const pattern = new RegExp(
    [
      '\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?',
      '\\d{1,2}月\\d{1,2}日',
      '第\\d+(?:/\\d+)?步',
      '\\d+号之\\d+',
      `\\d[\\d,.]*(?:\\s?(?:${unitAlternation([...counters, ...UNITS])}))?`,
    ].join('|'),
    'g',
  );
  patterns.set(key, pattern);
  return pattern;
}

/**
 * `正在准备业主表决 · 第2/7步` → [`正在准备业主表决 · `, `第2/7步` (keep)]. `counters`: the programme's
 * measure words (`个`, `栋`), kept with their number like the common units.
 */
export function keepTogether(text: string, counters: readonly string[] = DEFAULT_COUNTERS): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(together(counters))) {
    const start = m.index;
    if (start > at) runs.push({ text: text.slice(at, start), keep: false });
    runs.push({ text: m[0], keep: true });
    at = start + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}
