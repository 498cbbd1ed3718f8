// The building registry is history too: a change to a field that published figures depend on
// (community, eligibility, residents) is recorded in corrections.csv with the month it takes effect.
import type { CorrectionMatcher } from './correctionMatcher.ts';
import { isRegistryField, type RegistryField, type SourcedCorrection } from './parseCorrections.ts';
import { error } from './problem.ts';
import { cellAt } from './sourceRecords.ts';
import type { Building, Problem } from './types.ts';

/** A registry field's value as corrections write it: ids, `true`/`false`, whole numbers. */
export function registryValue(building: Building, field: RegistryField): string {
  if (field === 'community_id') return building.communityId;
  if (field === 'eligible') return String(building.eligible);
  return building.residents === undefined ? '' : String(building.residents);
}

/**
 * Each building's registry corrections, per field and by month, must form a chain
 * (old_value = the previous one's new_value) ending at the value buildings.csv holds now.
 * The statistics compute each month with the value it had then.
 */
export function checkRegistryHistory(
  corrections: readonly SourcedCorrection[],
  buildings: readonly Building[],
  communityIds: ReadonlySet<string>,
  matcher: CorrectionMatcher,
  correctionsFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(buildings.map((b) => [b.id, b]));
  const chains = new Map<string, SourcedCorrection[]>();
  for (const c of corrections) {
    const { buildingId, field } = c.correction;
    if (!isRegistryField(field)) continue;
    const key = `${buildingId}|${field}`;
    chains.set(key, [...(chains.get(key) ?? []), c]);
  }
  for (const chain of chains.values()) {
    chain.sort((a, b) => (a.correction.month < b.correction.month ? -1 : 1));
    const first = chain[0]?.correction;
    if (!first || !isRegistryField(first.field)) continue;
    const field = first.field;
    const building = byId.get(first.buildingId);
    const fail = (c: SourcedCorrection, column: string, code: string, message: string): void => {
      problems.push(error(correctionsFile, cellAt(c.record, column), code, message));
    };
    if (!building) {
      for (const c of chain) {
        fail(c, 'building_id', 'correction.unknown_building', `buildings.csv 中没有 ${first.buildingId}：登记表变更只能针对登记表中已有的编号`);
      }
      continue;
    }
    chain.forEach((c, i) => {
      const { month, oldValue, newValue } = c.correction;
      if (field === 'community_id') {
        for (const [column, value] of [['old_value', oldValue], ['new_value', newValue]] as const) {
          if (communityIds.has(value)) continue;
          fail(c, column, 'correction.unknown_community', `communities.csv 中没有社区 ${value || '（空）'}：请填写社区编号`);
        }
      }
      const next = chain[i + 1]?.correction;
      if (next && next.month === month) {
        fail(chain[i + 1] ?? c, 'month', 'correction.duplicate', `${building.id} 的 ${field} 在 ${month} 登记了两次变更：每个月只能有一条`);
      } else if (next && next.oldValue !== newValue) {
        fail(chain[i + 1] ?? c, 'old_value', 'correction.broken_chain', `${building.id} 的 ${field}：${month} 的变更改成了 ${newValue}，${next.month} 的变更却从 ${next.oldValue} 改起：请核对 old_value`);
      }
    });
    const last = chain.at(-1);
    const current = registryValue(building, field);
    if (last && last.correction.newValue !== current) {
      fail(last, 'new_value', 'correction.registry_mismatch', `${building.id} 的 ${field} 在 buildings.csv 中是 ${current}，最后一条变更（${last.correction.month}）却改成了 ${last.correction.newValue}：两处要一致`);
    }
    // Wrong ones are reported above, so they are not reported again as unused.
    for (const c of chain) matcher.use(c.correction);
  }
  return problems;
}
