// A month's figures per milestone with the change against the month before, as a table model.
import { formatNumber } from '../format/index.ts';
import type { TableModel } from '../charts/table.ts';
import type { Milestone } from '../data/types.ts';
import type { UiStrings } from '../i18n/uiTable.ts';
import type { Figures } from '../stats/types.ts';

/** 步骤 | 累计 | 比上月增加, in buildings (the caller's caption names the unit). */
export function monthTable(
  f: Figures,
  previous: Figures | undefined,
  milestones: readonly Milestone[],
  caption: string,
  text: UiStrings['figures'],
): TableModel {
  return {
    caption,
    head: [text.step, text.cumulative, previous ? text.sinceLastMonth : text.newThisMonth],
    numeric: [1, 2],
    rows: [
      {
        cells: [
          text.eligible,
          formatNumber(f.eligible),
          previous ? formatNumber(f.eligible - previous.eligible) : text.noFigure,
        ],
      },
      ...milestones.map((m) => ({
        cells: [m.label, formatNumber(f.reached[m.key] ?? 0), formatNumber(f.newThisMonth[m.key] ?? 0)],
      })),
    ],
  };
}
