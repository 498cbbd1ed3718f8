// Render a build's posters: copy unchanged ones from the cache, render the rest in worker threads.
import { availableParallelism } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isCached, posterKey, pruneCache, readCached } from './cache.ts';
import { mapFiles } from './fileLimit.ts';
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
  /** Jobs each worker holds at once (default 2: it starts one while sharp finishes the other). */
  depth?: number;
  /** Absolute path of `worker.ts`; default beside this file. Bundlers move this file, so builds pass it. */
  workerFile?: string | URL;
  /** Called with (distinct posters done, distinct posters) after the cache hits and after each render. */
  onProgress?: (done: number, total: number) => void;
  /** Remove cache entries this build did not use (and nobody touched since it started). */
  prune?: boolean;
}

export interface BuildPostersResult {
  /** Output files written. */
  files: number;
  /** Distinct posters rendered now. */
  rendered: number;
  /** Distinct posters copied from the cache. */
  cached: number;
  /** Cache entries whose bytes no longer matched their stored hash (rendered again, counted in `rendered`). */
  corrupt: number;
  /** Cache entries removed because this build did not use them. */
  pruned: number;
  ms: number;
  timings: RenderTimings[];
}

// Rough render cost by kind: the big print posters go first, so no worker is left with one at the end.
const COST: Record<PosterJob['model']['kind'], number> = {
  print: 3,
  street: 2,
  community: 2,
  building: 2,
  story: 2,
  og: 1,
};
const byCost = (a: { model: PosterJob['model'] }, b: { model: PosterJob['model'] }): number =>
  COST[b.model.kind] - COST[a.model.kind];

/** Start a pool rendering `toRender` with fonts covering all their text; the caller closes it. */
async function startPool(
  toRender: readonly RenderJob[],
  workers: number,
  options: Omit<BuildPostersOptions, 'outDir'>,
): Promise<WorkerPool<RenderJob, RenderTimings>> {
  await prepareFonts(toRender.map((j) => textOf(posterLayout(j.model).tree)).join(''));
  const setup: WorkerSetup = { fonts: exportWorkingFonts() };
  const size = Math.min(workers, toRender.length);
  return new WorkerPool<RenderJob, RenderTimings>(
    options.workerFile ?? new URL('./worker.ts', import.meta.url),
    size,
    setup,
    options.depth,
  );
}

export interface CacheWarming {
  /** Stop taking new posters, wait for those being rendered; resolves to how many were rendered. */
  stop(): Promise<number>;
}

/**
 * Render the posters of `jobs` that are not cached yet into the cache only, in the background, on
 * `workers` threads (default: all cores but one, which Astro uses to render the pages meanwhile).
 * A later `buildPosters` copies them from the cache; whatever is not done by `stop()` it renders itself.
 */
export async function warmPosterCache(
  jobs: readonly PosterJob[],
  options: Omit<BuildPostersOptions, 'outDir'>,
): Promise<CacheWarming> {
  const fonts = fontHash();
  const keys = new Map<string, PosterJob>();
  for (const job of jobs) keys.set(posterKey(job.model, fonts), job);
  const toRender: RenderJob[] = [...keys]
    .filter(([key]) => !isCached(options.cacheDir, key))
    .map(([key, job]) => ({ key, model: job.model, cacheDir: options.cacheDir, outFiles: [] }))
    .sort(byCost);
  if (toRender.length === 0) return { stop: async () => 0 };
  const pool = await startPool(toRender, options.workers ?? Math.max(1, availableParallelism() - 1), options);
  let rendered = 0;
  // A poster that fails here is rendered again by buildPosters, which reports the error.
  const runs = toRender.map((job) =>
    pool.run(job).then(
      () => void rendered++,
      () => undefined,
    ),
  );
  return {
    stop: async () => {
      pool.cancelQueued();
      await Promise.all(runs);
      await pool.close();
      return rendered;
    },
  };
}

/** Write every job's PNG under `outDir`; a build with unchanged inputs renders nothing. */
export async function buildPosters(
  jobs: readonly PosterJob[],
  options: BuildPostersOptions,
): Promise<BuildPostersResult> {
  const startMs = performance.now();
  const start = Date.now();
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

  // Cache hits are read, checked against their stored hash and written out, a bounded number at a time.
  const entries = [...byKey];
  const toRender: RenderJob[] = [];
  let corrupt = 0;
  await mapFiles(entries, async ([key, { job, outFiles }]) => {
    const cached = await readCached(options.cacheDir, key);
    if (cached.status === 'hit') {
      for (const file of outFiles) await writeFile(file, cached.png);
      return;
    }
    if (cached.status === 'corrupt') corrupt++;
    toRender.push({ key, model: job.model, cacheDir: options.cacheDir, outFiles });
  });

  const timings: RenderTimings[] = [];
  let done = byKey.size - toRender.length;
  options.onProgress?.(done, byKey.size);
  if (toRender.length > 0) {
    toRender.sort(byCost);
    const pool = await startPool(toRender, options.workers ?? availableParallelism(), options);
    try {
      const runs = toRender.map((job) =>
        pool.run(job).then((t) => {
          options.onProgress?.(++done, byKey.size);
          return t;
        }),
      );
      timings.push(...(await Promise.all(runs)));
    } finally {
      await pool.close();
    }
  }
  const pruned = options.prune ? await pruneCache(options.cacheDir, new Set(byKey.keys()), start) : 0;
  return {
    files: jobs.length,
    rendered: toRender.length,
    cached: byKey.size - toRender.length,
    corrupt,
    pruned,
    ms: performance.now() - startMs,
    timings,
  };
}
