// Render a build's posters: copy unchanged ones from the cache, render the rest in worker threads.
import { availableParallelism } from 'node:os';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cacheFile, isCached, posterKey } from './cache.ts';
import { exportWorkingFonts, fontHash, prepareFonts } from './font.ts';
import type { PosterJob } from './jobs.ts';
import { WorkerPool } from './pool.ts';
import type { RenderTimings } from './renderPoster.ts';
import { posterLayout } from './templates/index.ts';
import { textOf } from './tree.ts';
import type { RenderJob, WorkerSetup } from './worker.ts';

export interface BuildPostersOptions {
  /** Folder the site is built into; job paths are written below it. */
  outDir: string;
  cacheDir: string;
  /** Worker count; default one per core, never more than the posters to render. */
  workers?: number;
  /** Absolute path of `worker.ts`; default beside this file. Bundlers move this file, so builds pass it. */
  workerFile?: string | URL;
}

export interface BuildPostersResult {
  /** Output files written. */
  files: number;
  /** Distinct posters rendered now. */
  rendered: number;
  /** Distinct posters copied from the cache. */
  cached: number;
  ms: number;
  timings: RenderTimings[];
}

/** Write every job's PNG under `outDir`; a build with unchanged inputs renders nothing. */
export async function buildPosters(jobs: readonly PosterJob[], options: BuildPostersOptions): Promise<BuildPostersResult> {
  const start = performance.now();
  const fonts = fontHash();
  // Identical posters (same model) are rendered once and copied to every path.
  const byKey = new Map<string, { job: PosterJob; outFiles: string[] }>();
  for (const job of jobs) {
    const key = posterKey(job.model, fonts);
    const outFile = join(options.outDir, job.path);
    const entry = byKey.get(key);
    if (entry) entry.outFiles.push(outFile);
    else byKey.set(key, { job, outFiles: [outFile] });
  }
  const folders = new Set([...byKey.values()].flatMap((e) => e.outFiles.map((f) => dirname(f))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));

  const toRender: RenderJob[] = [];
  const copies: Promise<void>[] = [];
  for (const [key, { job, outFiles }] of byKey) {
    if (isCached(options.cacheDir, key)) {
      const from = cacheFile(options.cacheDir, key);
      for (const file of outFiles) copies.push(copyFile(from, file));
    } else {
      toRender.push({ key, model: job.model, cacheDir: options.cacheDir, outFiles });
    }
  }
  await Promise.all(copies);

  const timings: RenderTimings[] = [];
  if (toRender.length > 0) {
    await prepareFonts(toRender.map((j) => textOf(posterLayout(j.model).tree)).join(''));
    const setup: WorkerSetup = { fonts: exportWorkingFonts() };
    const size = Math.min(options.workers ?? availableParallelism(), toRender.length);
    const pool = new WorkerPool<RenderJob, RenderTimings>(options.workerFile ?? new URL('./worker.ts', import.meta.url), size, setup);
    try {
      timings.push(...(await Promise.all(toRender.map((job) => pool.run(job)))));
    } finally {
      await pool.close();
    }
  }
  return {
    files: jobs.length,
    rendered: toRender.length,
    cached: byKey.size - toRender.length,
    ms: performance.now() - start,
    timings,
  };
}
