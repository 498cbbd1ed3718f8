// The funnel's numbers as a table.
import { formatNumber, formatPercent } from '../../format/index.ts';
import type { TableModel } from '../table.ts';
import type { ChartText, ChartWords } from '../type.ts';
import type { FunnelLayout } from './layout.ts';

/** 步骤 | 楼栋 | 占符合条件. */
export function funnelTable(
  layout: FunnelLayout,
  caption: string,
  words: Pick<ChartWords, 'noun'>,
  text: ChartText,
): TableModel {
  const eligible = layout.rows[0]?.value ?? 0;
  return {
    caption,
    head: [text.step, words.noun, text.shareOfEligible],
    numeric: [1, 2],
    rows: layout.rows.map((r) => ({
      cells: [r.label, formatNumber(r.value), eligible > 0 ? formatPercent(r.value / eligible, 0) : '—'],
    })),
  };
}
