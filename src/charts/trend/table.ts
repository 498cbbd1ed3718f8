// The trend's numbers as a table: one row per month, one column per milestone.
import { formatMonth, formatNumber } from '../../format/index.ts';
import type { TableModel } from '../table.ts';
import type { TrendInput } from './layout.ts';

/** 月份 | each milestone (cumulative buildings), newest month first. */
export function trendTable(
  input: TrendInput,
  caption: string,
  monthHref?: (month: string) => string,
): TableModel {
  return {
    caption,
    head: [input.text.month, ...input.milestones.map((m) => m.label)],
    numeric: input.milestones.map((_, i) => i + 1),
    rows: [...input.series].reverse().map((f) => ({
      cells: [formatMonth(f.month), ...input.milestones.map((m) => formatNumber(f.reached[m.key] ?? 0))],
      href: monthHref?.(f.month),
    })),
  };
}
