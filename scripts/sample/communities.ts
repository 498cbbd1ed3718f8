// How the invented sample spreads over Xicun Street's ten communities. Sizes, streets and map
// positions are plausible, not surveyed: the sample is marked illustrative in report.json.

export interface StreetPlan {
  /** Road or lane name as written in addresses, e.g. 西湾路. */
  name: string;
  /** First house number used on this road. */
  start: number;
  /** Relative share of the community's buildings on this road. */
  weight: number;
}

export interface CommunityPlan {
  id: string;
  /** Old walk-up buildings in the community. */
  buildings: number;
  /** Added to a random score when choosing the eligible buildings (more open space → higher). */
  eligibleBias: number;
  /** Added to a random score when ranking eligible buildings by progress (active groups → higher). */
  progressBias: number;
  /** Rough centre of the community's old buildings. */
  lat: number;
  lng: number;
  streets: StreetPlan[];
}

export const COMMUNITY_PLANS: readonly CommunityPlan[] = [
  {
    id: 'xiwan',
    buildings: 42,
    eligibleBias: 0.05,
    progressBias: 0.1,
    lat: 23.1478,
    lng: 113.2522,
    streets: [
      { name: '西湾路', start: 121, weight: 5 },
      { name: '西湾路西一巷', start: 2, weight: 2 },
      { name: '西湾路西二巷', start: 1, weight: 2 },
    ],
  },
  {
    id: 'dagangyuan',
    buildings: 38,
    eligibleBias: 0.0,
    progressBias: 0.0,
    lat: 23.1526,
    lng: 113.2488,
    streets: [
      { name: '大岗元北', start: 2, weight: 4 },
      { name: '大岗元南', start: 1, weight: 3 },
      { name: '大岗元西街', start: 3, weight: 1 },
    ],
  },
  {
    id: 'changle',
    buildings: 30,
    eligibleBias: -0.1,
    progressBias: -0.1,
    lat: 23.1432,
    lng: 113.2568,
    streets: [
      { name: '长乐路', start: 6, weight: 3 },
      { name: '长乐新街', start: 1, weight: 2 },
    ],
  },
  {
    id: 'xiwandong',
    buildings: 36,
    eligibleBias: 0.15,
    progressBias: 0.25,
    lat: 23.1494,
    lng: 113.2581,
    streets: [
      { name: '西湾东', start: 1, weight: 4 },
      { name: '西湾东二街', start: 2, weight: 2 },
    ],
  },
  {
    id: 'guangya',
    buildings: 28,
    eligibleBias: 0.0,
    progressBias: 0.05,
    lat: 23.1415,
    lng: 113.2493,
    streets: [
      { name: '广雅路', start: 12, weight: 3 },
      { name: '广雅后街', start: 1, weight: 2 },
    ],
  },
  {
    id: 'huanshixiyuan',
    buildings: 34,
    eligibleBias: 0.05,
    progressBias: 0.0,
    lat: 23.1562,
    lng: 113.2559,
    streets: [
      { name: '环市西路', start: 201, weight: 3 },
      { name: '环市西苑', start: 1, weight: 3 },
    ],
  },
  {
    id: 'zengbu',
    buildings: 32,
    eligibleBias: -0.05,
    progressBias: -0.05,
    lat: 23.1571,
    lng: 113.2472,
    streets: [
      { name: '增埗新街', start: 1, weight: 3 },
      { name: '增埗东街', start: 2, weight: 2 },
      { name: '西增路', start: 101, weight: 1 },
    ],
  },
  {
    id: 'xiehe',
    buildings: 26,
    eligibleBias: -0.15,
    progressBias: 0.0,
    lat: 23.1451,
    lng: 113.2618,
    streets: [
      // 协和路1号 is the street office, so the numbering starts after it.
      { name: '协和路', start: 5, weight: 3 },
      { name: '协和新街', start: 1, weight: 2 },
    ],
  },
  {
    id: 'lingnanwanpan',
    buildings: 22,
    eligibleBias: 0.0,
    progressBias: -0.15,
    lat: 23.1534,
    lng: 113.2617,
    streets: [
      { name: '西增路', start: 21, weight: 3 },
      { name: '西湾路', start: 12, weight: 1 },
    ],
  },
  {
    id: 'heyuan',
    buildings: 30,
    eligibleBias: -0.05,
    progressBias: -0.05,
    lat: 23.1443,
    lng: 113.2463,
    streets: [
      { name: '和苑', start: 1, weight: 2 },
      { name: '和苑东街', start: 2, weight: 2 },
      { name: '和苑南街', start: 1, weight: 1 },
    ],
  },
];
