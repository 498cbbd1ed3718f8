// Published history must not silently change: compare each snapshot with the one before it.
import { correctionHint, nearMissNote, type Change, type CorrectionMatcher } from './correctionMatcher.ts';
import type { SnapshotResult } from './parseSnapshot.ts';
import { error, START } from './problem.ts';
import { cellAt } from './sourceRecords.ts';
import type { Milestone, Problem } from './types.ts';

/**
 * Checks consecutive snapshots (ascending by month). Each of these needs a correction row with the
 * same month, building, field, old and new value:
 * - a building present last month is missing (`row`);
 * - a milestone date set last month is empty or different;
 * - a milestone that first appears this month is dated before the previous snapshot's month began
 *   (a late report, listed on /changes/ as 补录; without it, usually a wrong date).
 */
export function checkHistory(
  snapshots: readonly SnapshotResult[],
  milestones: readonly Milestone[],
  corrections: CorrectionMatcher,
): Problem[] {
  const problems: Problem[] = [];
  const unmatched = (change: Change, lead?: string): string =>
    `${correctionHint(change, lead)}${nearMissNote(corrections.near(change))}`;

  for (let i = 1; i < snapshots.length; i += 1) {
    const prev = snapshots[i - 1];
    const cur = snapshots[i];
    // A file that could not be read would make every building look removed.
    if (!prev || !cur || !prev.complete || !cur.complete) continue;
    const { month, file } = cur.snapshot;
    const previousStart = `${prev.snapshot.month}-01`;
    const currentRows = new Map(cur.snapshot.rows.map((r) => [r.buildingId, r]));
    for (const before of prev.snapshot.rows) {
      const id = before.buildingId;
      if (cur.broken.has(id)) continue;
      const record = cur.records.get(id);
      const now = currentRows.get(id);
      if (!record || !now) {
        const change = { month, buildingId: id, field: 'row', oldValue: '有', newValue: '' };
        if (!corrections.match(change)) {
          problems.push(
            error(file, START, 'history.missing_building', `${month} ${id} 在 ${prev.snapshot.month} 的快照中有（第 ${before.line} 行），本月缺失：请补回这一行；如确实不再跟踪，${unmatched(change)}`),
          );
        }
        continue;
      }
      for (const m of milestones) {
        const was = before.dates[m.key];
        const is = now.dates[m.key];
        if (was === is) continue;
        const change = { month, buildingId: id, field: m.key, oldValue: was ?? '', newValue: is ?? '' };
        if (was === undefined) {
          // Newly reached: fine when dated in or after the previous snapshot's month.
          if (is === undefined || is >= previousStart || corrections.match(change)) continue;
          problems.push(
            error(file, cellAt(record, m.key), 'history.backdated', `${month} ${id} 的 ${m.key}（${m.label}）本月首次出现，日期 ${is} 早于上一期快照（${prev.snapshot.month}）的月初 ${previousStart}：请核对日期（例如 Excel 的日期系统或年份）；${unmatched(change, '若确是迟报的补录，')}`),
          );
          continue;
        }
        if (corrections.match(change)) continue;
        const what = is === undefined ? '本月为空' : `本月改成了 ${is}`;
        problems.push(
          error(file, cellAt(record, m.key), is === undefined ? 'history.date_removed' : 'history.date_changed', `${month} ${id} 的 ${m.key}（${m.label}）上月为 ${was}，${what}：已公布的日期不能丢失或改动；${unmatched(change)}`),
        );
      }
    }
  }
  return problems;
}
