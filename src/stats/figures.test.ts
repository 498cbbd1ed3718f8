import { describe, expect, it } from 'vitest';
import {
  makeBuilding,
  makeCommunity,
  makeCorrection,
  makeDataset,
  makeRow,
  makeSnapshot,
} from '../../tests/factories.ts';
import { indexDataset } from './datasetIndex.ts';
import { emptyFigures, monthFigures } from './figures.ts';

function fixture() {
  const a = makeBuilding({ id: 'a', communityId: 'c1', residents: 100 });
  const b = makeBuilding({ id: 'b', communityId: 'c1', residents: 50 });
  const c = makeBuilding({ id: 'c', communityId: 'c2', residents: 30 });
  const d = makeBuilding({ id: 'd', communityId: 'c2', residents: 20, eligible: false });
  return makeDataset({
    communities: [
      makeCommunity({ id: 'c1' }),
      makeCommunity({ id: 'c2', name: '二社区' }),
      makeCommunity({ id: 'c3' }),
    ],
    buildings: [a, b, c, d],
    snapshots: [
      makeSnapshot('2025-01', [
        makeRow({ buildingId: 'a', dates: { group_formed: '2024-12-01', consent: '2025-01-15' } }),
        makeRow({ buildingId: 'b', dates: {} }),
      ]),
      makeSnapshot('2025-02', [
        makeRow({
          buildingId: 'a',
          dates: { group_formed: '2024-12-05', consent: '2025-01-15', notice: '2025-02-01' },
        }),
        makeRow({ buildingId: 'b', status: 'paused', dates: { group_formed: '2025-02-10' } }),
        makeRow({
          buildingId: 'c',
          status: 'disputed',
          dates: { group_formed: '2025-01-20', consent: '2025-02-20' },
        }),
      ]),
    ],
    corrections: [makeCorrection({ month: '2025-02', buildingId: 'a', field: 'group_formed' })],
  });
}

describe('emptyFigures', () => {
  it('has every milestone, stage and status at zero', () => {
    const f = emptyFigures('2025-01', ['x', 'y'], { buildings: 2, eligible: 1, residents: 9 });
    expect(f).toEqual({
      month: '2025-01',
      buildings: 2,
      eligible: 1,
      residents: 9,
      reached: { x: 0, y: 0 },
      residentsReached: { x: 0, y: 0 },
      stages: { none: 0, x: 0, y: 0 },
      newThisMonth: { x: 0, y: 0 },
      statuses: { active: 0, paused: 0, disputed: 0, withdrawn: 0 },
    });
  });
});

describe('monthFigures', () => {
  it('counts the street in the first month, new = dated inside the month', () => {
    const { street } = monthFigures(indexDataset(fixture()), 0);
    expect(street.buildings).toBe(4);
    expect(street.eligible).toBe(3);
    expect(street.residents).toBe(200);
    expect(street.reached).toMatchObject({ group_formed: 1, consent: 1, notice: 0 });
    expect(street.residentsReached).toMatchObject({ group_formed: 100, consent: 100 });
    expect(street.stages).toMatchObject({ none: 1, consent: 1, group_formed: 0 });
    expect(street.newThisMonth).toMatchObject({ group_formed: 0, consent: 1 });
    expect(street.statuses).toEqual({ active: 2, paused: 0, disputed: 0, withdrawn: 0 });
  });

  it('counts new against the previous month and per community', () => {
    const { street, communities } = monthFigures(indexDataset(fixture()), 1);
    expect(street.reached).toMatchObject({ group_formed: 3, consent: 2, notice: 1, permit: 0 });
    // a: notice new (group_formed changed, corrected); b: group_formed new; c: newly tracked, consent dated Feb.
    expect(street.newThisMonth).toMatchObject({ group_formed: 1, consent: 1, notice: 1 });
    expect(street.stages).toMatchObject({ none: 0, group_formed: 1, consent: 1, notice: 1 });
    expect(street.statuses).toEqual({ active: 1, paused: 1, disputed: 1, withdrawn: 0 });

    const c1 = communities.get('c1');
    expect(c1?.reached).toMatchObject({ group_formed: 2, consent: 1, notice: 1 });
    expect(c1?.residentsReached).toMatchObject({ group_formed: 150, consent: 100 });
    const c2 = communities.get('c2');
    expect(c2).toMatchObject({ buildings: 2, eligible: 1, residents: 50 });
    expect(c2?.newThisMonth).toMatchObject({ group_formed: 0, consent: 1 });
    expect(communities.get('c3')).toMatchObject({ buildings: 0, reached: { group_formed: 0 } });
  });

  it('stages sum to tracked buildings', () => {
    const { street } = monthFigures(indexDataset(fixture()), 1);
    expect(Object.values(street.stages).reduce((s, n) => s + n, 0)).toBe(3);
  });

  it('rejects an index with no snapshot', () => {
    expect(() => monthFigures(indexDataset(fixture()), 5)).toThrow(RangeError);
  });
});
