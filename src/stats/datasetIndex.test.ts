import { describe, expect, it } from 'vitest';
import {
  MILESTONE_KEYS,
  makeBuilding,
  makeCommunity,
  makeDataset,
  makeRow,
  makeSnapshot,
} from '../../tests/factories.ts';
import { indexDataset, indexRow } from './datasetIndex.ts';

describe('indexRow', () => {
  it('lays dates out in milestone order and finds the stage', () => {
    const indexed = indexRow(
      makeRow({ dates: { consent: '2025-02-01', group_formed: '2025-01-01' } }),
      undefined,
      MILESTONE_KEYS,
    );
    expect(indexed.dates.slice(0, 3)).toEqual(['2025-01-01', '2025-02-01', undefined]);
    expect(indexed.stage).toBe(1);
    expect(indexRow(makeRow(), undefined, MILESTONE_KEYS).stage).toBe(-1);
  });
});

describe('indexDataset', () => {
  it('counts the registry per scope and indexes rows by snapshot', () => {
    const dataset = makeDataset({
      communities: [makeCommunity({ id: 'c1' }), makeCommunity({ id: 'c2' })],
      buildings: [
        makeBuilding({ id: 'a', communityId: 'c1', residents: 10 }),
        makeBuilding({ id: 'b', communityId: 'c1', residents: 20, eligible: false }),
      ],
      snapshots: [makeSnapshot('2025-01', [makeRow({ buildingId: 'a' }), makeRow({ buildingId: 'ghost' })])],
    });
    const index = indexDataset(dataset);
    expect(index.streetRegistry).toEqual({ buildings: 2, eligible: 1, residents: 30 });
    expect(index.communityRegistry.get('c1')).toEqual({ buildings: 2, eligible: 1, residents: 30 });
    expect(index.communityRegistry.get('c2')).toEqual({ buildings: 0, eligible: 0, residents: 0 });
    expect(index.rowsById[0]?.get('a')?.building?.id).toBe('a');
    expect(index.rowsById[0]?.get('ghost')?.building).toBeUndefined();
    expect(index.milestoneKeys).toEqual([...MILESTONE_KEYS]);
  });
});
