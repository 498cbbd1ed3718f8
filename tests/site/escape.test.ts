// Data is text, never markup: a `<script>` in a building note must reach the page escaped.
// The shared build uses the clean sample, so this test builds a copy of it with one hostile note.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'gongshi-escape-'));
const dataDir = path.join(work, 'data');
const outDir = path.join(work, 'dist');
const HOSTILE = '<script>alert("x")</script>';

beforeAll(() => {
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  const snapshots = path.join(dataDir, 'snapshots');
  const latest = path.join(snapshots, readdirSync(snapshots).filter((f) => f.endsWith('.csv')).sort().at(-1)!);
  const lines = readFileSync(latest, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.startsWith('xiwandong-001,'));
  lines[i] = `${lines[i]!.replace(/,[^,]*$/, ',')}"${HOSTILE.replace(/"/g, '""')}"`;
  writeFileSync(latest, lines.join('\n'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, GONGSHI_DATA: dataDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('escaping', () => {
  it('shows a <script> in a building note as text', () => {
    const page = readFileSync(path.join(outDir, 'buildings', 'xiwandong-001', 'index.html'), 'utf8');
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('&lt;script&gt;');
  });
});
