// Vitest globalSetup for the `site` project: build the sample site once per test run and provide its
// directory to every test as `inject('distDir')` (use `distDir()` from tests/browser/dist.ts).
// Set GONGSHI_TEST_DIST=/path/to/dist to reuse an existing build while iterating locally.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import './browser/dist.ts';

const root = path.resolve(import.meta.dirname, '..');

export default function setup(project: TestProject): void {
  const reuse = process.env['GONGSHI_TEST_DIST'];
  if (reuse !== undefined && reuse !== '') {
    const dir = path.resolve(reuse);
    if (!existsSync(path.join(dir, 'index.html'))) {
      throw new Error(`GONGSHI_TEST_DIST=${reuse} has no index.html; build first or unset it`);
    }
    project.provide('distDir', dir);
    return;
  }
  // A separate outDir, so a test run never races a developer's `npm run build` into dist/.
  const outDir = path.join(root, 'test-results', 'dist');
  rmSync(outDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['GONGSHI_DATA']; // tests are about the bundled sample data
  const started = Date.now();
  // --force: Astro's content-layer cache (node_modules/.astro, .astro/) outlives a build and can still point
  // at the stories of another data directory (GONGSHI_DATA of a previous build); rebuild it every time.
  // Under `ulimit -n 300`: the build must never hold more files open at once than a small host allows.
  const build = (): ReturnType<typeof spawnSync> =>
    spawnSync('bash', ['-c', 'ulimit -n 300 && exec npm run build -- --force --outDir "$0"', outDir], {
      cwd: root,
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  let result = build();
  if (result.status !== 0) {
    // Builds running side by side in one checkout share Astro's generated `.astro/` files; one retry
    // rides out a neighbour's build rewriting them mid-way. A real error fails twice.
    console.warn('[global-setup] build failed, retrying once');
    result = build();
  }
  if (result.status !== 0 || !existsSync(path.join(outDir, 'index.html'))) {
    const tail = `${String(result.stdout)}\n${String(result.stderr)}`.split('\n').slice(-60).join('\n');
    throw new Error(`npm run build failed (exit ${String(result.status)}):\n${tail}`);
  }
  console.log(
    `[global-setup] built the sample site into ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('distDir', outDir);
}
