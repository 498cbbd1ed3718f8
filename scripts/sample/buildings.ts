// Invents the registry of old walk-up buildings: addresses, sizes, eligibility and map points.
import { COMMUNITY_PLANS, type CommunityPlan } from './communities.ts';
import { pickWeighted, randInt, shuffled, type Random } from './prng.ts';

export interface SampleBuilding {
  id: string;
  communityId: string;
  address: string;
  floors: number;
  households: number;
  residents: number;
  eligible: boolean;
  /** Decimal degrees as written to the CSV; empty when the office has no map point. */
  lat: string;
  lng: string;
  ineligibleReason: string;
}

/** The building a resident story (黄叔's elevator diary) is about. */
export const STORY_BUILDING = { id: 'xiwandong-001', address: '西湾东1号' } as const;
/** A realistic but long address, so page and poster layouts meet one. */
export const LONG_ADDRESS = '环市西路西增路交界环市西苑小区北区12号之3';
const LONG_ADDRESS_COMMUNITY = 'huanshixiyuan';

export const ELIGIBLE_BUILDINGS = 152;

const INELIGIBLE_REASONS: readonly (readonly [string, number])[] = [
  ['楼间距不足，无加装空间', 10],
  ['房屋结构不具备加装条件', 5],
  ['消防通道受限，无法设置井道', 3],
  ['已纳入危旧房改造计划', 1],
];

function makeAddresses(rand: Random, plan: CommunityPlan): string[] {
  const next = new Map(plan.streets.map((s) => [s.name, s.start]));
  const out: string[] = [];
  while (out.length < plan.buildings) {
    const street = pickWeighted(
      rand,
      plan.streets.map((s) => [s, s.weight] as const),
    );
    const number = next.get(street.name) ?? street.start;
    next.set(street.name, number + randInt(rand, 1, 6));
    // Dormitory compounds often share one gate number: 151号之1, 151号之2 …
    const share =
      plan.id === 'xiwandong' && out.length === 0
        ? 1
        : pickWeighted(rand, [
            [1, 8],
            [2, 1],
            [3, 1],
          ]);
    for (let k = 1; k <= share && out.length < plan.buildings; k++) {
      out.push(share === 1 ? `${street.name}${number}号` : `${street.name}${number}号之${k}`);
    }
  }
  return out;
}

function makeSize(rand: Random): { floors: number; households: number; rawResidents: number } {
  const floors = pickWeighted(rand, [
    [5, 2],
    [6, 5],
    [7, 7],
    [8, 4],
    [9, 2],
  ]);
  // Households per floor: one stairwell with two to four flats, larger blocks have two stairwells.
  const perFloor = pickWeighted(rand, [
    [2, 1],
    [3, 2],
    [4, 4],
    [5, 3],
    [6, 3],
    [7, 2],
    [8, 1],
  ]);
  const households = Math.min(60, Math.max(12, floors * perFloor - randInt(rand, 0, 2)));
  const rawResidents = households * (2.3 + rand() * 1.0);
  return { floors, households, rawResidents };
}

function coordinate(center: number, spread: number, rand: Random): string {
  // Sum of two uniforms: points gather near the community's centre.
  return (center + (rand() + rand() - 1) * spread).toFixed(6);
}

/** Raw sizes are kept aside so residents can be rescaled to the published totals later. */
export interface RegistryDraft {
  buildings: SampleBuilding[];
  rawResidents: Map<string, number>;
}

/** All 318 buildings with eligibility decided; residents are provisional until `fitResidents`. */
export function makeRegistry(rand: Random): RegistryDraft {
  const buildings: SampleBuilding[] = [];
  const rawResidents = new Map<string, number>();
  const eligibilityScore = new Map<string, number>();
  for (const plan of COMMUNITY_PLANS) {
    const addresses = makeAddresses(rand, plan);
    if (plan.id === LONG_ADDRESS_COMMUNITY) addresses[addresses.length - 1] = LONG_ADDRESS;
    // Each road is a small cluster inside the community.
    const streetCentre = new Map(
      plan.streets.map((s) => [
        s.name,
        [plan.lat + (rand() - 0.5) * 0.003, plan.lng + (rand() - 0.5) * 0.003],
      ]),
    );
    addresses.forEach((address, i) => {
      const id = `${plan.id}-${String(i + 1).padStart(3, '0')}`;
      const street = plan.streets.find((s) => address.startsWith(s.name));
      const [lat, lng] = (street && streetCentre.get(street.name)) ?? [plan.lat, plan.lng];
      const size = makeSize(rand);
      buildings.push({
        id,
        communityId: plan.id,
        address,
        floors: size.floors,
        households: size.households,
        residents: Math.round(size.rawResidents),
        eligible: false,
        lat: coordinate(lat ?? plan.lat, 0.0009, rand),
        lng: coordinate(lng ?? plan.lng, 0.0009, rand),
        ineligibleReason: '',
      });
      rawResidents.set(id, size.rawResidents);
      const forced = id === STORY_BUILDING.id || address === LONG_ADDRESS;
      eligibilityScore.set(id, forced ? 10 : rand() + plan.eligibleBias);
    });
  }
  const byScore = [...buildings].sort(
    (a, b) => (eligibilityScore.get(b.id) ?? 0) - (eligibilityScore.get(a.id) ?? 0),
  );
  byScore.slice(0, ELIGIBLE_BUILDINGS).forEach((b) => (b.eligible = true));
  for (const b of byScore.slice(ELIGIBLE_BUILDINGS)) {
    // A few of the taller blocks had an elevator from the start or added one before the programme.
    b.ineligibleReason = b.floors >= 8 && rand() < 0.15 ? '已有电梯' : pickWeighted(rand, INELIGIBLE_REASONS);
  }
  // Some buildings have no map point yet: the field is optional and the site must cope.
  for (const b of shuffled(
    rand,
    buildings.filter((b) => b.id !== STORY_BUILDING.id),
  ).slice(0, 3)) {
    b.lat = '';
    b.lng = '';
  }
  const story = buildings.find((b) => b.id === STORY_BUILDING.id);
  if (story?.address !== STORY_BUILDING.address)
    throw new Error(`${STORY_BUILDING.id} must be ${STORY_BUILDING.address}`);
  return { buildings, rawResidents };
}

/**
 * Rescales residents of a group of buildings so they sum to `target` exactly, keeping each
 * building within a believable 1.8–4 residents per household.
 */
export function fitResidents(
  rand: Random,
  group: readonly SampleBuilding[],
  rawResidents: ReadonlyMap<string, number>,
  target: number,
): void {
  const rawSum = group.reduce((sum, b) => sum + (rawResidents.get(b.id) ?? b.residents), 0);
  const factor = target / rawSum;
  for (const b of group) b.residents = Math.round((rawResidents.get(b.id) ?? b.residents) * factor);
  const min = (b: SampleBuilding) => Math.ceil(b.households * 1.8);
  const max = (b: SampleBuilding) => Math.floor(b.households * 4);
  for (const b of group) b.residents = Math.min(max(b), Math.max(min(b), b.residents));
  let diff = target - group.reduce((sum, b) => sum + b.residents, 0);
  const order = shuffled(rand, group);
  for (let guard = 0; diff !== 0 && guard < 100_000; guard++) {
    const b = order[guard % order.length];
    if (!b) break;
    const step = Math.sign(diff);
    if (b.residents + step >= min(b) && b.residents + step <= max(b)) {
      b.residents += step;
      diff -= step;
    }
  }
  if (diff !== 0) throw new Error(`fitResidents: cannot reach ${target} residents`);
}
