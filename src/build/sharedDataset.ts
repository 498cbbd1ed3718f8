// One load of the data per build, shared by the pages and the build integrations.
// Pages run in Astro's prerender bundle and integrations in the config's Node context: each has its own
// copy of every module, so the build's load is kept on `globalThis`, keyed by the absolute data folder.
import { resolve } from 'node:path';
import { loadDataset } from '../data/loadDataset.ts';
import type { LoadResult } from '../data/types.ts';
import { computeStats } from '../stats/computeStats.ts';
import type { SiteStats } from '../stats/types.ts';

/** The loader's result; a valid dataset comes with its statistics. */
export type SharedDataset =
  Extract<LoadResult, { ok: false }> | (Extract<LoadResult, { ok: true }> & { stats: SiteStats });

const KEY = Symbol.for('gongshi.sharedDataset');

function loads(): Map<string, Promise<SharedDataset>> {
  const holder = globalThis as { [KEY]?: Map<string, Promise<SharedDataset>> };
  return (holder[KEY] ??= new Map());
}

async function load(dir: string): Promise<SharedDataset> {
  // The build's clock, read here once: a snapshot for a later month fails the build.
  const result = await loadDataset(dir, { now: new Date() });
  return result.ok ? { ...result, stats: computeStats(result.dataset) } : result;
}

/** Start a fresh load of `dir` that later `sharedDataset(dir)` calls reuse, until `unshareDataset(dir)`. */
export function shareDataset(dir: string): Promise<SharedDataset> {
  const loading = load(resolve(dir));
  loads().set(resolve(dir), loading);
  return loading;
}

/** Forget the shared load of `dir` (at the end of a build, so the next build reads the data again). */
export function unshareDataset(dir: string): void {
  loads().delete(resolve(dir));
}

/** The shared load of `dir` if a build started one, else a load of its own (dev server, scripts). */
export function sharedDataset(dir: string): Promise<SharedDataset> {
  return loads().get(resolve(dir)) ?? load(resolve(dir));
}
