import { describe, expect, it } from 'vitest';
import { MILESTONE_KEYS, makeCorrection, makeRow } from '../../tests/factories.ts';
import type { SnapshotRow } from '../data/types.ts';
import { indexRow } from './datasetIndex.ts';
import { indexCorrections, newlyReached } from './newlyReached.ts';

const none = indexCorrections([]);
const idx = (row: SnapshotRow) => indexRow(row, undefined, MILESTONE_KEYS);
const keysOf = (indices: number[]) => indices.map((i) => MILESTONE_KEYS[i]);

describe('newlyReached', () => {
  it('reports milestones present now and absent last month, whatever their date', () => {
    const before = idx(makeRow({ dates: { group_formed: '2025-01-02' } }));
    const now = idx(
      makeRow({ dates: { group_formed: '2025-01-02', consent: '2025-01-30', notice: '2025-02-10' } }),
    );
    expect(keysOf(newlyReached(now, before, '2025-02', '2025-01', MILESTONE_KEYS, none))).toEqual([
      'consent',
      'notice',
    ]);
  });

  it('ignores changed dates (present both months)', () => {
    const before = idx(makeRow({ dates: { group_formed: '2025-01-02' } }));
    const now = idx(makeRow({ dates: { group_formed: '2025-01-05' } }));
    expect(newlyReached(now, before, '2025-02', '2025-01', MILESTONE_KEYS, none)).toEqual([]);
  });

  it('in the first month counts only milestones dated inside that month', () => {
    const row = idx(
      makeRow({ dates: { group_formed: '2024-11-30', consent: '2025-01-01', notice: '2025-01-31' } }),
    );
    expect(keysOf(newlyReached(row, undefined, '2025-01', undefined, MILESTONE_KEYS, none))).toEqual([
      'consent',
      'notice',
    ]);
  });

  it('for a newly tracked building counts milestones dated after the previous snapshot month', () => {
    const row = idx(
      makeRow({ dates: { group_formed: '2025-01-31', consent: '2025-02-01', notice: '2025-03-03' } }),
    );
    // Previous snapshot was January; a gap month (February) still counts.
    expect(keysOf(newlyReached(row, undefined, '2025-03', '2025-01', MILESTONE_KEYS, none))).toEqual([
      'consent',
      'notice',
    ]);
  });

  it('excludes values introduced by a correction of that month', () => {
    const before = idx(makeRow({ dates: {} }));
    const now = idx(makeRow({ dates: { group_formed: '2025-01-10', consent: '2025-02-03' } }));
    const corrections = indexCorrections([
      makeCorrection({ month: '2025-02', buildingId: 'b1', field: 'group_formed', oldValue: '' }),
      makeCorrection({ month: '2025-03', buildingId: 'b1', field: 'consent', oldValue: '' }),
    ]);
    expect(keysOf(newlyReached(now, before, '2025-02', '2025-01', MILESTONE_KEYS, corrections))).toEqual([
      'consent',
    ]);
  });
});
