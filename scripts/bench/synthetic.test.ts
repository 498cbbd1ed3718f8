import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { monthRange, writeSynthetic } from './synthetic.ts';

const templateDir = path.resolve(import.meta.dirname, '..', '..', 'data');
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongshi-synthetic-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file in a directory tree, relative path → contents. */
function readTree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files
      .map((e) => [
        path.relative(dir, path.join(e.parentPath, e.name)),
        readFileSync(path.join(e.parentPath, e.name), 'utf8'),
      ])
      .sort(),
  );
}

test('monthRange counts back from the end month across years', () => {
  expect(monthRange('2025-02', 4)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
});

describe('writeSynthetic', () => {
  test('is deterministic for a seed and differs for another seed', () => {
    const options = { buildings: 60, months: 5, communities: 3, seed: 7, templateDir };
    const a = tempDir();
    const b = tempDir();
    const c = tempDir();
    writeSynthetic(a, options);
    writeSynthetic(b, options);
    writeSynthetic(c, { ...options, seed: 8 });
    expect(readTree(a)).toEqual(readTree(b));
    expect(readTree(a)['buildings.csv']).not.toEqual(readTree(c)['buildings.csv']);
  });

  test('passes the real loader without errors or warnings', async () => {
    const dir = tempDir();
    const summary = writeSynthetic(dir, { buildings: 120, months: 6, communities: 14, seed: 3, templateDir });
    const result = await loadDataset(dir);
    expect(result.ok ? [] : result.problems.slice(0, 10)).toEqual([]);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.dataset.buildings).toHaveLength(120);
    expect(result.dataset.communities).toHaveLength(14);
    expect(result.dataset.snapshots.map((s) => s.month)).toEqual(summary.months);
    expect(result.dataset.snapshots.every((s) => s.rows.length === summary.eligible)).toBe(true);
  });

  test('histories only accumulate: a published date never changes or disappears', async () => {
    const dir = tempDir();
    writeSynthetic(dir, { buildings: 200, months: 8, seed: 11, templateDir });
    const result = await loadDataset(dir);
    if (!result.ok) throw new Error('synthetic data did not load');
    const { snapshots } = result.dataset;
    let added = 0;
    for (let i = 1; i < snapshots.length; i += 1) {
      const before = new Map((snapshots[i - 1]?.rows ?? []).map((r) => [r.buildingId, r.dates]));
      for (const row of snapshots[i]?.rows ?? []) {
        const old = before.get(row.buildingId) ?? {};
        for (const [key, date] of Object.entries(old))
          expect(row.dates[key], `${row.buildingId} ${key}`).toBe(date);
        added += Object.keys(row.dates).length - Object.keys(old).length;
      }
    }
    expect(added).toBeGreaterThan(0);
  });
});
