// Communities compared as a table: stage counts per community.
import { formatNumber } from '../../format/index.ts';
import { stageStyles } from '../stages.ts';
import type { TableModel } from '../table.ts';
import type { CommunitiesInput } from './layout.ts';

/** 社区 | each stage | 合计, linked to the community pages. */
export function communitiesTable(
  input: CommunitiesInput,
  caption: string,
  href?: (id: string) => string,
): TableModel {
  const styles = stageStyles(input.milestones, input.text);
  return {
    caption,
    head: [input.text.community, ...styles.map((s) => s.label), input.text.total],
    numeric: styles.map((_, i) => i + 1).concat(styles.length + 1),
    rows: input.communities.map((c) => {
      const counts = styles.map((s) => c.stages[s.key] ?? 0);
      return {
        cells: [
          c.name,
          ...counts.map((n) => formatNumber(n)),
          formatNumber(counts.reduce((a, b) => a + b, 0)),
        ],
        href: href?.(c.id),
      };
    }),
  };
}
