import { describe, expect, it } from 'vitest';
import { makeReport } from '../../tests/factories.ts';
import { columnDictionary } from './columnDictionary.ts';
import { snapshotHeader } from './snapshotTable.ts';

describe('columnDictionary', () => {
  it('documents every snapshot column in published order, from report.json', () => {
    const report = makeReport();
    const [snapshots] = columnDictionary(report);
    expect(snapshots?.columns.map((c) => c.name)).toEqual(snapshotHeader(report));
    expect(snapshots?.columns.find((c) => c.name === 'permit')?.label).toBe('规划许可');
  });
});
