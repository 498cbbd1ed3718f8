// The building registry as it was in a given month: registry changes in corrections.csv take effect
// from their month, so past months keep the community, eligibility and residents they were published with.
import type { Building, Correction, Month } from '../data/types.ts';

const REGISTRY_FIELDS = new Set(['community_id', 'eligible', 'residents']);

/** Corrections that change the registry, by building, ascending by month. */
export function registryChanges(corrections: readonly Correction[]): Map<string, Correction[]> {
  const byBuilding = new Map<string, Correction[]>();
  for (const c of corrections) {
    if (!REGISTRY_FIELDS.has(c.field)) continue;
    byBuilding.set(c.buildingId, [...(byBuilding.get(c.buildingId) ?? []), c]);
  }
  for (const list of byBuilding.values()) list.sort((a, b) => (a.month < b.month ? -1 : 1));
  return byBuilding;
}

/**
 * `building` as of `month`: each changed field has the old value of its first change after `month`,
 * else today's value. The loader has checked that each field's changes chain up to today's value.
 */
export function buildingAt(building: Building, changes: readonly Correction[], month: Month): Building {
  let result = building;
  const set = new Set<string>();
  for (const c of changes) {
    if (c.month <= month || set.has(c.field)) continue;
    set.add(c.field);
    if (c.field === 'community_id') result = { ...result, communityId: c.oldValue };
    else if (c.field === 'eligible') result = { ...result, eligible: c.oldValue === 'true' };
    else if (c.field === 'residents') result = { ...result, residents: Number(c.oldValue) };
  }
  return result;
}
