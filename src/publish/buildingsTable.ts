// The building registry as a download (no personal data: the registry holds none).
import type { Building, Community } from '../data/types.ts';
import type { Table } from './table.ts';

/** Registry rows with the community name joined in; `eligible` is `true`/`false`. */
export function buildingsTable(buildings: readonly Building[], communities: readonly Community[]): Table {
  const names = new Map(communities.map((c) => [c.id, c.name]));
  return {
    header: [
      'building_id',
      'community_id',
      'community_name',
      'address',
      'floors',
      'households',
      'residents',
      'eligible',
      'lat',
      'lng',
    ],
    rows: buildings.map((b) => [
      b.id,
      b.communityId,
      names.get(b.communityId) ?? '',
      b.address,
      b.floors === undefined ? '' : String(b.floors),
      b.households === undefined ? '' : String(b.households),
      b.residents === undefined ? '' : String(b.residents),
      String(b.eligible),
      b.lat === undefined ? '' : String(b.lat),
      b.lng === undefined ? '' : String(b.lng),
    ]),
  };
}
