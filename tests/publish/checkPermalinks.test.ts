// npm run check:permalinks against the built sample site: a removed old URL or a changed old snapshot
// fails it; a correction documented for that month lets the changed snapshot through.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/publish/manifest.ts';
import type { UrlList } from '../../src/publish/siteUrls.ts';
import { distDir } from '../browser/dist.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A copy of the build's manifest and URL list, edited, as "what was published before". */
function previous(edit: (m: Manifest, u: UrlList) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongshi-previous-'));
  cpSync(path.join(distDir(), 'data', 'manifest.json'), path.join(dir, 'manifest.json'));
  cpSync(path.join(distDir(), 'data', 'urls.json'), path.join(dir, 'urls.json'));
  const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const u = JSON.parse(readFileSync(path.join(dir, 'urls.json'), 'utf8')) as UrlList;
  edit(m, u);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
  writeFileSync(path.join(dir, 'urls.json'), JSON.stringify(u));
  return path.join(dir, 'manifest.json');
}

function check(previousManifest: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    ['scripts/check-permalinks.ts', '--previous', previousManifest, '--current', distDir(), '--data', 'data'],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Months that data/corrections.csv documents a correction for. */
function correctedMonths(): string[] {
  const [, ...lines] = readFileSync(path.join(root, 'data', 'corrections.csv'), 'utf8')
    .trim()
    .split('\n');
  return lines.map((l) => l.split(',')[0] ?? '');
}

function changeSnapshot(month: string) {
  return (m: Manifest) => {
    const entry = m.files.find((f) => f.path === `/data/snapshots/${month}.csv`);
    if (!entry) throw new Error(`no snapshot ${month}`);
    entry.sha256 = '0'.repeat(64);
  };
}

describe('check:permalinks', () => {
  it('passes when the build is compared with itself', () => {
    const { status, output } = check(path.join(distDir(), 'data', 'manifest.json'));
    expect(output).toContain('check:permalinks: ok');
    expect(status).toBe(0);
  });

  it('fails when a URL published before is gone', () => {
    const { status, output } = check(previous((_m, u) => u.urls.push('/reports/2019-01/')));
    expect(status).toBe(1);
    expect(output).toContain('/reports/2019-01/: 已发布的网址在新版本中不存在');
  });

  it('fails when an old snapshot changed without a documented correction', () => {
    const month = ['2024-10', '2024-11', '2025-01'].find((m) => !correctedMonths().includes(m)) ?? '2024-10';
    const { status, output } = check(previous(changeSnapshot(month)));
    expect(status).toBe(1);
    expect(output).toContain(`/data/snapshots/${month}.csv: ${month} 的快照与已发布版本不同`);
  });

  it('passes a changed snapshot whose month has a correction in data/corrections.csv', () => {
    const month = correctedMonths()[0];
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    const { status, output } = check(previous(changeSnapshot(month ?? '')));
    expect(output).toContain('check:permalinks: ok');
    expect(status).toBe(0);
  });
});
