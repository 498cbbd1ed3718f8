// Published history must not silently change: compare each snapshot with the one before it.
import type { SourcedCorrection } from './parseCorrections.ts';
import type { SnapshotResult } from './parseSnapshot.ts';
import { error, warning, START } from './problem.ts';
import { cellAt } from './sourceRecords.ts';
import type { Milestone, Problem } from './types.ts';

const keyOf = (month: string, buildingId: string, field: string): string => `${month}|${buildingId}|${field}`;

/**
 * Checks consecutive snapshots (ascending by month): a building may not disappear and a
 * milestone date may not vanish or change unless corrections.csv records it.
 * Unused corrections are warnings in `correctionsFile`.
 */
export function checkHistory(
  snapshots: readonly SnapshotResult[],
  milestones: readonly Milestone[],
  corrections: readonly SourcedCorrection[],
  correctionsFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, SourcedCorrection>();
  for (const c of corrections) byKey.set(keyOf(c.correction.month, c.correction.buildingId, c.correction.field), c);
  const used = new Set<string>();
  const covered = (month: string, id: string, field: string): boolean => {
    const key = keyOf(month, id, field);
    if (!byKey.has(key)) return false;
    used.add(key);
    return true;
  };
  const hint = (month: string, id: string, field: string): string =>
    `如属更正，请在 corrections.csv 中登记一行 (month=${month}, building_id=${id}, field=${field})`;

  for (let i = 1; i < snapshots.length; i += 1) {
    const prev = snapshots[i - 1];
    const cur = snapshots[i];
    // A file that could not be read would make every building look removed.
    if (!prev || !cur || !prev.complete || !cur.complete) continue;
    const { month } = cur.snapshot;
    const currentRows = new Map(cur.snapshot.rows.map((r) => [r.buildingId, r]));
    for (const before of prev.snapshot.rows) {
      const id = before.buildingId;
      if (cur.broken.has(id)) continue;
      const record = cur.records.get(id);
      const now = currentRows.get(id);
      if (!record || !now) {
        if (!covered(month, id, 'row')) {
          problems.push(
            error(cur.snapshot.file, START, 'history.missing_building', `楼栋 ${id} 在 ${prev.snapshot.month} 的快照中有（第 ${before.line} 行），本月缺失：请补回这一行；如确实不再跟踪，${hint(month, id, 'row')}`),
          );
        }
        continue;
      }
      if (now.status !== before.status) covered(month, id, 'status');
      for (const m of milestones) {
        const was = before.dates[m.key];
        const is = now.dates[m.key];
        if (was === undefined || was === is || covered(month, id, m.key)) continue;
        const change = is === undefined ? '本月为空' : `本月改成了 ${is}`;
        problems.push(
          error(cur.snapshot.file, cellAt(record, m.key), is === undefined ? 'history.date_removed' : 'history.date_changed', `${m.key}（${m.label}）上月为 ${was}，${change}：已公布的日期不能丢失或改动；${hint(month, id, m.key)}`),
        );
      }
    }
  }
  for (const [key, c] of byKey) {
    if (used.has(key)) continue;
    const { month, buildingId, field } = c.correction;
    problems.push(
      warning(correctionsFile, c.record.at, 'correction.unused', `这条更正没有用上：${month} 的快照中 ${buildingId} 的 ${field} 与上一期快照相同，或没有这个月份/楼栋：请核对 month、building_id、field，或删除这一行`),
    );
  }
  return problems;
}
