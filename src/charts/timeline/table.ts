// The building timeline as a table.
import type { TableModel } from '../table.ts';
import type { ChartText } from '../type.ts';
import type { TimelineLayout } from './layout.ts';

/** 步骤 | 日期, in milestone order. */
export function timelineTable(
  layout: TimelineLayout,
  caption: string,
  text: Pick<ChartText, 'step' | 'date'>,
): TableModel {
  return {
    caption,
    head: [text.step, text.date],
    numeric: [],
    rows: layout.entries.map((e) => ({ cells: [e.label, e.dateText] })),
  };
}
