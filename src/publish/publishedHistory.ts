// What was published stays what it was: every published month, the registry and the monthly figures
// are compared cell by cell with the new build, and each changed cell needs its correction row.
import {
  correctionHint,
  nearMissNote,
  type Change,
  type CorrectionMatcher,
} from '../data/correctionMatcher.ts';
import { nextMonth } from '../data/checkMonths.ts';
import { error, START } from '../data/problem.ts';
import type { Correction, Dataset, Month, Problem } from '../data/types.ts';
import { buildingAt, registryChanges } from '../stats/registryAt.ts';
import { rowsByKey } from './publishedTables.ts';
import type { Table } from './table.ts';

const REGISTRY_FIELDS = ['community_id', 'eligible', 'residents'] as const;
const cell = (v: string): string => (v === '' ? '（空）' : v);

/**
 * Cells of the published snapshot of `month` that differ now; each must match a correction
 * (month, building, field, old, new). Problems point at the month's file in the data directory.
 */
export function compareSnapshot(
  month: Month,
  published: Table,
  current: Table,
  dataset: Dataset,
  matcher: CorrectionMatcher,
): Problem[] {
  const snapshot = dataset.snapshots.find((s) => s.month === month);
  const file = snapshot?.file ?? `snapshots/${month}.csv`;
  const lines = new Map(snapshot?.rows.map((r) => [r.buildingId, r.line]));
  const before = rowsByKey(published, ['building_id']);
  const after = rowsByKey(current, ['building_id']);
  const problems: Problem[] = [];
  const check = (change: Change, column: string): void => {
    if (matcher.match(change)) return;
    const line = lines.get(change.buildingId);
    const at = line === undefined ? START : { line, column: Math.max(1, current.header.indexOf(column) + 1) };
    problems.push(
      error(
        file,
        at,
        'published.cell_changed',
        `已发布的 ${month} 快照中，${change.buildingId} 的 ${change.field} 为 ${cell(change.oldValue)}，现在为 ${cell(change.newValue)}：已发布的数据不能悄悄改动，请恢复原值；${correctionHint(change)}${nearMissNote(matcher.near(change))}`,
      ),
    );
  };
  for (const [id, row] of before) {
    const now = after.get(id);
    if (!now) {
      check({ month, buildingId: id, field: 'row', oldValue: '有', newValue: '' }, 'building_id');
      continue;
    }
    for (const [field, was] of row) {
      if (field === 'building_id' || !now.has(field)) continue;
      const is = now.get(field) ?? '';
      if (is !== was) check({ month, buildingId: id, field, oldValue: was, newValue: is }, field);
    }
  }
  for (const id of after.keys()) {
    if (!before.has(id))
      check({ month, buildingId: id, field: 'row', oldValue: '', newValue: '有' }, 'building_id');
  }
  return problems;
}

/**
 * Registry fields that published figures depend on, published against now: a change needs a
 * correction row (building, field, old, new) whose month says from when it takes effect.
 */
export function compareRegistry(
  published: Table,
  current: Table,
  latestPublished: Month,
  buildingsFile: string,
  matcher: CorrectionMatcher,
  corrections: readonly Correction[],
): Problem[] {
  const before = rowsByKey(published, ['building_id']);
  const after = rowsByKey(current, ['building_id']);
  const problems: Problem[] = [];
  for (const [id, row] of before) {
    const now = after.get(id);
    if (!now) continue; // a building gone from the registry is a missing row in its snapshots
    for (const field of REGISTRY_FIELDS) {
      const was = row.get(field) ?? '';
      const is = now.get(field) ?? '';
      if (was === is) continue;
      const documented = corrections.find(
        (c) => c.buildingId === id && c.field === field && c.oldValue === was,
      );
      if (documented) {
        matcher.use(documented);
        continue;
      }
      const change = {
        month: `（生效月份，例如 ${nextMonth(latestPublished)}）`,
        buildingId: id,
        field,
        oldValue: was,
        newValue: is,
      };
      problems.push(
        error(
          buildingsFile,
          START,
          'published.registry_changed',
          `${id} 的 ${field} 已发布为 ${cell(was)}，buildings.csv 中现在为 ${cell(is)}：这会改变已发布的月度数字（已发布到 ${latestPublished}）；若确有变更，请登记从哪个月起生效，之前的月份仍按原值计算：${correctionHint(change)}`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Published monthly figures (time series; the report pages show the same figures) against now.
 * A changed figure of a month needs a correction that explains it: a data correction of that month for
 * a building in that scope that matched a changed cell, or a registry change in effect by then.
 */
export function compareSeries(
  path: string,
  published: Table,
  current: Table,
  dataset: Dataset,
  matcher: CorrectionMatcher,
): Problem[] {
  const scoped = published.header.includes('community_id');
  const keyColumns = scoped ? ['month', 'community_id'] : ['month'];
  const before = rowsByKey(published, keyColumns);
  const after = rowsByKey(current, keyColumns);
  const changes = registryChanges(dataset.corrections);
  const buildings = new Map(dataset.buildings.map((b) => [b.id, b]));
  const communityAt = (id: string, month: Month): string | undefined => {
    const b = buildings.get(id);
    return b && buildingAt(b, changes.get(id) ?? [], month).communityId;
  };
  const explained = (month: Month, community: string | undefined): boolean =>
    dataset.corrections.some((c) => {
      const registry = (REGISTRY_FIELDS as readonly string[]).includes(c.field);
      // A data correction explains figures only once it matched a changed published cell (compared first).
      if (registry ? c.month > month : c.month !== month || !matcher.isUsed(c)) return false;
      if (community === undefined) return true;
      if (c.field === 'community_id' && (c.oldValue === community || c.newValue === community)) return true;
      return communityAt(c.buildingId, month) === community;
    });
  const problems: Problem[] = [];
  for (const [key, row] of before) {
    const now = after.get(key);
    const month = row.get('month') ?? '';
    const community = scoped ? row.get('community_id') : undefined;
    const scope = community === undefined ? '全街' : `社区 ${community}`;
    for (const [field, was] of row) {
      if (['month', 'community_id', 'community_name'].includes(field)) continue;
      const is = now?.get(field) ?? '';
      if (is === was || explained(month, community)) continue;
      problems.push(
        error(
          path,
          START,
          'published.figure_changed',
          `已发布的 ${month} ${scope} 的 ${field} 为 ${cell(was)}，现在算出来是 ${cell(is)}：过去月份的数字变了，却没有更正说明原因。常见原因：buildings.csv 中某一行换了社区、改了是否符合条件或居民数，而没有在 corrections.csv 登记生效月份；或改了已发布月份的快照`,
        ),
      );
    }
  }
  return problems;
}
