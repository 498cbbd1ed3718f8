// Builds of altered copies of the sample (the shared build in tests/global-setup.ts uses the clean one):
// data is text, never markup; and invalid data stops the build with every problem listed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageFilesUnder, metadataTags, writePlantedJpeg } from '../data/plantedPhoto.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
// Inside the project (as scripts/bench.ts does): with outDir in the project, Astro keeps its prerender
// chunks under it instead of the shared `.astro/`, where a concurrent build could delete them.
mkdirSync(path.join(root, '.cache'), { recursive: true });
const work = mkdtempSync(path.join(root, '.cache', 'site-test-'));
const dataDir = path.join(work, 'data');
const outDir = path.join(work, 'dist');
const HOSTILE = '<script>alert("x")</script>';

beforeAll(async () => {
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  // A phone photo with GPS, camera serial, thumbnail and orientation tag in place of a sample photo.
  await writePlantedJpeg(
    path.join(dataDir, 'photos', 'xiwan-038-in-service.jpg'),
    path.join(work, 'thumb.jpg'),
  );
  const snapshots = path.join(dataDir, 'snapshots');
  const latest = path.join(
    snapshots,
    readdirSync(snapshots)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .at(-1)!,
  );
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

describe('invalid data', () => {
  it('fails the build and prints every problem as file:line:column', () => {
    const bad = path.join(work, 'bad');
    cpSync(path.join(root, 'data'), bad, { recursive: true });
    const registry = path.join(bad, 'buildings.csv');
    const lines = readFileSync(registry, 'utf8').split('\n');
    lines[2] = lines[2]!.replace(/^([^,]*),[^,]*,/, '$1,nowhere,');
    lines[3] = lines[3]!.replace(/^((?:[^,]*,){3})[^,]*,/, '$112层楼,');
    writeFileSync(registry, lines.join('\n'));
    const result = spawnSync('npx', ['astro', 'build', '--outDir', path.join(work, 'bad-dist')], {
      cwd: root,
      env: { ...process.env, GONGSHI_DATA: bad },
      encoding: 'utf8',
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`${registry}:3:2: error:`);
    expect(output).toContain(`${registry}:4:4: error:`);
  }, 180_000);
});

describe('a planted phone photo', () => {
  it('leaves no EXIF, GPS, XMP, IPTC or thumbnail in any image under dist/', () => {
    const files = imageFilesUnder(outDir);
    expect(files.some((f) => f.includes(`${path.sep}photos${path.sep}`))).toBe(true);
    expect(metadataTags(files)).toEqual([]);
  });
});

describe('escaping', () => {
  it('shows a <script> in a building note as text', () => {
    const page = readFileSync(path.join(outDir, 'buildings', 'xiwandong-001', 'index.html'), 'utf8');
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('&lt;script&gt;');
  });
});
