// The building registry as a download (no personal data: the registry holds none).
import type { Building, Community } from '../data/types.ts';
import type { OptionalColumns } from './columnDictionary.ts';
import type { Table } from './table.ts';

const OPTIONAL = ['floors', 'households', 'residents'] as const;

/** Which optional registry columns the data has: a programme tracking estates has no floor count. */
export function optionalColumns(buildings: readonly Building[]): OptionalColumns {
  const has = (key: (typeof OPTIONAL)[number]): boolean => buildings.some((b) => b[key] !== undefined);
  return { floors: has('floors'), households: has('households'), residents: has('residents') };
}

const cell = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** Registry rows with the community name joined in; `eligible` is `true`/`false`; absent columns left out. */
export function buildingsTable(buildings: readonly Building[], communities: readonly Community[]): Table {
  const names = new Map(communities.map((c) => [c.id, c.name]));
  const present = optionalColumns(buildings);
  const optional = OPTIONAL.filter((key) => present[key]);
  return {
    header: [
      'building_id',
      'community_id',
      'community_name',
      'address',
      ...optional,
      'eligible',
      'lat',
      'lng',
    ],
    rows: buildings.map((b) => [
      b.id,
      b.communityId,
      names.get(b.communityId) ?? '',
      b.address,
      ...optional.map((key) => cell(b[key])),
      String(b.eligible),
      cell(b.lat),
      cell(b.lng),
    ]),
  };
}
