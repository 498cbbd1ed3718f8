// 喜悦时刻: the newest milestone photos, one per building, each linked to its building.
import type { Building, BuildingPhoto, Milestone } from '../data/types.ts';
import { formatDate } from '../format/index.ts';
import { buildingUrl } from '../urls.ts';

export interface JoyTile {
  photo: BuildingPhoto;
  href: string;
  /** e.g. 西湾东1号 · 投入使用 */
  title: string;
  date: string;
}

/** At most `limit` tiles, newest first, one per building; `buildings` limits them to a community. */
export function joyTiles(
  photos: readonly BuildingPhoto[],
  buildings: readonly Building[],
  milestones: readonly Milestone[],
  limit = 4,
): JoyTile[] {
  const byId = new Map(buildings.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const tiles: JoyTile[] = [];
  const newest = [...photos].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const photo of newest) {
    const building = byId.get(photo.buildingId);
    if (!building || seen.has(building.id) || tiles.length >= limit) continue;
    seen.add(building.id);
    const label = milestones.find((m) => m.key === photo.milestone)?.label ?? photo.milestone;
    tiles.push({
      photo,
      href: buildingUrl(building.id),
      title: `${building.address} · ${label}`,
      date: formatDate(photo.date),
    });
  }
  return tiles;
}
