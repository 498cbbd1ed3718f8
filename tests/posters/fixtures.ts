// A tiny report for poster tests: two months, a community with a long name, the longest real address.
import type { Dataset } from '../../src/data/types.ts';
import { makeBuilding, makeCommunity, makeDataset, makeReport, makeRow, makeSnapshot } from '../factories.ts';

export const LONG_ADDRESS = '环市西路西增路交界环市西苑小区北区12号之3';
export const LONG_COMMUNITY = '环市西苑岭南湾畔大岗元北西湾东联合';

/** Buildings: `long` reaches in_service in 2025-02, `short` only has a permit, `idle` nothing. */
export function posterDataset(): Dataset {
  const communities = [
    makeCommunity({ id: 'c1', name: '西湾东' }),
    makeCommunity({ id: 'c2', name: LONG_COMMUNITY }),
  ];
  const buildings = [
    makeBuilding({ id: 'short', communityId: 'c1', address: '西湾东1号', residents: 120 }),
    makeBuilding({
      id: 'long',
      communityId: 'c2',
      address: LONG_ADDRESS,
      residents: 260,
      floors: 9,
      households: 36,
    }),
    makeBuilding({ id: 'idle', communityId: 'c2', address: '西增路2号' }),
  ];
  const early = {
    group_formed: '2023-03-02',
    consent: '2023-08-20',
    notice: '2023-11-01',
    permit: '2024-01-10',
    construction: '2024-06-01',
  };
  return makeDataset({
    report: makeReport({ street: '测试街', title: '测试街加装电梯进展', siteUrl: 'https://example.org/' }),
    communities,
    buildings,
    snapshots: [
      makeSnapshot('2025-01', [
        makeRow({ buildingId: 'short', dates: { permit: '2024-12-05' } }),
        makeRow({ buildingId: 'long', dates: early }),
        makeRow({ buildingId: 'idle' }),
      ]),
      makeSnapshot('2025-02', [
        makeRow({ buildingId: 'short', dates: { permit: '2024-12-05' } }),
        makeRow({ buildingId: 'long', dates: { ...early, in_service: '2025-02-12' } }),
        makeRow({ buildingId: 'idle' }),
      ]),
    ],
  });
}
