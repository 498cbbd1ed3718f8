// The building timeline as a table.
import type { TableModel } from '../table.ts';
import type { TimelineLayout } from './layout.ts';

/** 步骤 | 日期, in milestone order. */
export function timelineTable(layout: TimelineLayout, caption: string): TableModel {
  return {
    caption,
    head: ['步骤', '日期'],
    numeric: [],
    rows: layout.entries.map((e) => ({ cells: [e.label, e.dateText] })),
  };
}
