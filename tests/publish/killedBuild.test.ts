// A build killed while it renders posters leaves the previous site exactly as it was, with no
// half-written posters, no missing search index and no `.prerender/` server code in it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { stagedDir } from '../../scripts/build/stagedDir.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Relative paths and contents of every file under `dir`. */
function snapshotOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    files[path.relative(dir, file)] = readFileSync(file, 'utf8');
  }
  return files;
}

it('keeps the previous dist/ when the build is killed during the poster stage', async () => {
  const work = path.join(root, 'test-results', 'killed-build');
  rmSync(work, { recursive: true, force: true });
  const outDir = path.join(work, 'dist');
  mkdirSync(path.join(outDir, 'data'), { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), '<title>上一次发布的网站</title>\n');
  writeFileSync(path.join(outDir, 'data', 'manifest.json'), '{"schema":1}\n');
  const before = snapshotOf(outDir);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // An empty poster cache: the poster stage is long enough to be caught in the middle.
    GONGSHI_POSTER_CACHE: path.join(work, 'poster-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env['GONGSHI_DATA'];
  // Its own process group, so the whole tree (npm, build script, Astro, poster workers) can be killed.
  const build = spawn('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: root,
    env,
    detached: true,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => build.on('close', () => resolve()));
  const { staging } = stagedDir(outDir);
  let done = false;
  void exited.then(() => (done = true));
  while (!done && !existsSync(path.join(staging, 'posters'))) await new Promise((r) => setTimeout(r, 100));
  expect(done, 'the build ended before its poster stage began').toBe(false);
  process.kill(-(build.pid ?? 0), 'SIGKILL');
  await exited;

  expect(snapshotOf(outDir)).toEqual(before);
  expect(existsSync(path.join(outDir, '.prerender'))).toBe(false);
  expect(existsSync(path.join(outDir, 'posters'))).toBe(false);
}, 600_000);
