import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkSampleFigures, type CsvRecord, type SampleTables } from './checkSampleFigures.ts';
import { makeSampleFiles } from './makeSampleFiles.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

function parseCsv(text: string): CsvRecord[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as CsvRecord[];
}

function readTables(): SampleTables {
  const read = (path: string) => parseCsv(readFileSync(join(dataDir, path), 'utf8'));
  const months = readdirSync(join(dataDir, 'snapshots'))
    .filter((f) => /^\d{4}-\d{2}\.csv$/.test(f))
    .sort()
    .map((f) => f.slice(0, 7));
  return {
    buildings: read('buildings.csv'),
    snapshots: months.map((month) => ({ month, rows: read(`snapshots/${month}.csv`) })),
    corrections: read('corrections.csv'),
  };
}

describe('sample data in data/', () => {
  const tables = readTables();

  it('reproduces the September figures and keeps a clean history', () => {
    expect(checkSampleFigures(tables)).toEqual([]);
  });

  it('is exactly what `npm run sample` generates, run after run', () => {
    const first = makeSampleFiles();
    expect(makeSampleFiles()).toEqual(first);
    for (const [path, content] of first)
      expect(readFileSync(join(dataDir, path), 'utf8'), path).toBe(content);
  });

  it('applies the one correction: old permit date in the month before, new date from then on', () => {
    const [fix] = tables.corrections;
    expect(tables.corrections).toHaveLength(2);
    const row = (month: string) =>
      tables.snapshots
        .find((s) => s.month === month)
        ?.rows.find((r) => r['building_id'] === fix?.['building_id']);
    expect(fix?.['field']).toBe('permit');
    expect(row('2025-05')?.['permit']).toBe(fix?.['old_value']);
    expect(row('2025-06')?.['permit']).toBe(fix?.['new_value']);
  });

  it('has one late report: absent until its month, then published with its earlier date', () => {
    const late = tables.corrections[1];
    const field = late?.['field'] ?? '';
    const row = (month: string) =>
      tables.snapshots
        .find((s) => s.month === month)
        ?.rows.find((r) => r['building_id'] === late?.['building_id']);
    expect(late?.['old_value']).toBe('');
    expect(late?.['month']).toBe('2025-09');
    expect(row('2025-08')?.[field]).toBe('');
    expect(row('2025-09')?.[field]).toBe(late?.['new_value']);
    expect(late?.['new_value'] ?? '').toMatch(/^2025-0[4-7]-/);
  });

  it('flags a milestone first published with an old date and no late-report row', () => {
    const errors = checkSampleFigures({ ...tables, corrections: tables.corrections.slice(0, 1) });
    expect(errors).toContain(
      '2025-09: xiwan-004 notice first published as 2025-07-04, before 2025-08, without a late-report row',
    );
  });
});

describe('checkSampleFigures', () => {
  const tables = readTables();
  const last = tables.snapshots.length - 1;
  const withRow = (index: number, id: string, change: (row: CsvRecord) => CsvRecord): SampleTables => ({
    ...tables,
    snapshots: tables.snapshots.map((s, i) =>
      i === index ? { ...s, rows: s.rows.map((r) => (r['building_id'] === id ? change(r) : r)) } : s,
    ),
  });

  it('flags a published date that changes without a correction', () => {
    const errors = checkSampleFigures(
      withRow(last, 'xiwandong-001', (r) => ({ ...r, permit: '2024-09-27' })),
    );
    expect(errors).toContain(
      '2025-09: xiwandong-001 permit changed from 2024-09-26 to "2024-09-27" without a correction',
    );
  });

  it('flags a building that disappears and a September figure that is off', () => {
    const errors = checkSampleFigures({
      ...tables,
      snapshots: tables.snapshots.map((s, i) =>
        i === last ? { ...s, rows: s.rows.filter((r) => r['building_id'] !== 'xiwandong-001') } : s,
      ),
    });
    expect(errors).toContain('2025-09: xiwandong-001 disappeared');
    expect(errors).toContain('2025-09: 151 eligible rows, expected 152');
  });

  it('flags dates after the month end and milestones out of order', () => {
    const errors = checkSampleFigures(
      withRow(0, 'xiwandong-001', (r) => ({ ...r, construction: '2024-10-02', notice: '' })),
    );
    expect(errors).toContain("2024-09: xiwandong-001 construction 2024-10-02 is after the month's end");
    expect(errors).toContain('2024-09: xiwandong-001 has permit but misses an earlier milestone');
  });
});
