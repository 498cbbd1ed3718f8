import { describe, expect, it } from 'vitest';
import { makeBuilding, makeCorrection, makeDataset, makeRow, makeSnapshot } from '../../tests/factories.ts';
import { monthChanges } from './changes.ts';
import { indexDataset } from './datasetIndex.ts';

function fixture() {
  const correction = makeCorrection({
    month: '2025-02',
    buildingId: 'a',
    field: 'group_formed',
    oldValue: '2025-01-03',
    newValue: '2025-01-05',
  });
  const removal = makeCorrection({
    month: '2025-02',
    buildingId: 'x',
    field: 'row',
    oldValue: 'tracked',
    newValue: '',
  });
  return makeDataset({
    buildings: ['a', 'b', 'c', 'd', 'x'].map((id) => makeBuilding({ id })),
    snapshots: [
      makeSnapshot('2025-01', [
        makeRow({ buildingId: 'a', dates: { group_formed: '2025-01-03' } }),
        makeRow({ buildingId: 'b', dates: { group_formed: '2024-11-03' } }),
        makeRow({ buildingId: 'x', status: 'paused', dates: {} }),
      ]),
      makeSnapshot('2025-02', [
        makeRow({ buildingId: 'a', dates: { group_formed: '2025-01-05', consent: '2025-02-10' } }),
        makeRow({
          buildingId: 'b',
          status: 'disputed',
          dates: { group_formed: '2024-11-03', consent: '2025-01-28' },
        }),
        makeRow({ buildingId: 'c', dates: { group_formed: '2025-02-01' } }),
        makeRow({ buildingId: 'd', status: 'paused', dates: {} }),
      ]),
    ],
    corrections: [correction, removal],
  });
}

describe('monthChanges', () => {
  it('first month: everything added, reached = dated inside the month, non-active starts listed', () => {
    const changes = monthChanges(indexDataset(fixture()), 0);
    expect(changes.month).toBe('2025-01');
    expect(changes.previous).toBeUndefined();
    expect(changes.added).toEqual(['a', 'b', 'x']);
    expect(changes.removed).toEqual([]);
    expect(changes.reached).toEqual([{ buildingId: 'a', milestone: 'group_formed', date: '2025-01-03' }]);
    expect(changes.statusChanges).toEqual([{ buildingId: 'x', from: undefined, to: 'paused' }]);
    expect(changes.corrections).toEqual([]);
  });

  it('later month: reached sorted by milestone then date, corrected dates not reached', () => {
    const changes = monthChanges(indexDataset(fixture()), 1);
    expect(changes.previous).toBe('2025-01');
    expect(changes.reached).toEqual([
      { buildingId: 'c', milestone: 'group_formed', date: '2025-02-01' },
      { buildingId: 'b', milestone: 'consent', date: '2025-01-28' },
      { buildingId: 'a', milestone: 'consent', date: '2025-02-10' },
    ]);
    expect(changes.statusChanges).toEqual([
      { buildingId: 'b', from: 'active', to: 'disputed' },
      { buildingId: 'd', from: undefined, to: 'paused' },
    ]);
    expect(changes.added).toEqual(['c', 'd']);
    expect(changes.removed).toEqual(['x']);
    expect(changes.corrections.map((c) => c.buildingId)).toEqual(['a', 'x']);
  });
});
