// npm run bench:posters -- [--n 50] [--data data]
// Poster benchmark on the report's data: per-poster satori / sharp / total ms (median, p95) rendered
// one by one on the main thread, cold (empty cache) and warm (all cached), then the parallel build of
// every poster cold and warm, and peak memory. `cpu` is CPU time per poster (all threads): on a busy
// machine it stays close to the uncontended cost while wall-clock times grow.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/data/loadDataset.ts';
import { buildPosters } from '../src/posters/buildPosters.ts';
import { isCached, posterKey, storeInCache } from '../src/posters/cache.ts';
import { fontHash, prepareFonts, type SubsetScope } from '../src/posters/font.ts';
import { posterJobs, type PosterJob } from '../src/posters/jobs.ts';
import { renderPoster } from '../src/posters/renderPoster.ts';
import { posterLayout } from '../src/posters/templates/index.ts';
import { textOf } from '../src/posters/tree.ts';
import type { PosterModel } from '../src/posters/types.ts';
import { computeStats } from '../src/stats/computeStats.ts';
import { dataDirOption } from '../src/config/gongshiConfig.ts';
import { uiFor } from '../src/i18n/uiTable.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { n: { type: 'string', default: '50' }, data: { type: 'string' } } });
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n needs a positive whole number, got ${values.n}`);
const dataDir = path.resolve(root, dataDirOption(values.data));

const loaded = await loadDataset(dataDir, { now: new Date() });
if (!loaded.ok)
  throw new Error(`data in ${dataDir} has ${loaded.problems.length} problems; run npm run validate`);
const stats = computeStats(loaded.dataset);
const allJobs = posterJobs(loaded.dataset, stats, uiFor(loaded.dataset.report.locale).posters);

// N portrait posters (street, community, building): the sample's own, then numbered variants.
const portrait = allJobs
  .map((j) => j.model)
  .filter((m) => m.kind === 'street' || m.kind === 'community' || m.kind === 'building');
if (portrait.length === 0) throw new Error('the data yields no portrait posters');
const models: PosterModel[] = Array.from({ length: n }, (_, i) => {
  const model = portrait[i % portrait.length] as PosterModel;
  const round = Math.floor(i / portrait.length);
  if (round === 0 || model.kind === 'og') return model;
  return model.kind === 'building' || model.kind === 'story'
    ? { ...model, date: `${model.date}（${round}）` }
    : { ...model, period: `${model.period}（${round}）` };
});

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
};
const row = (name: string, xs: number[]): string =>
  `  ${name.padEnd(8)} median ${quantile(xs, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(xs, 0.95).toFixed(1).padStart(7)} ms`;

const cacheDir = mkdtempSync(path.join(tmpdir(), 'gongshi-poster-cache-'));
const outDir = mkdtempSync(path.join(tmpdir(), 'gongshi-poster-out-'));
try {
  const fonts = fontHash();
  // The 10 MB fonts are subset to the build's characters once, as every worker does at start.
  let t = performance.now();
  await prepareFonts(models.map((m) => textOf(posterLayout(m).tree)).join(''));
  const prepareMs = performance.now() - t;

  // Warm up the JIT and satori's WebAssembly, so the first mode measured is not penalised.
  for (const model of models.slice(0, 3)) await renderPoster(model, 'poster');

  const coldRun = async (
    scope: SubsetScope,
  ): Promise<Record<'subset' | 'satori' | 'sharp' | 'total' | 'cpu', number[]>> => {
    const r = {
      subset: [] as number[],
      satori: [] as number[],
      sharp: [] as number[],
      total: [] as number[],
      cpu: [] as number[],
    };
    for (const model of models) {
      const cpu = process.cpuUsage();
      t = performance.now();
      const { png, timings } = await renderPoster(model, scope);
      r.total.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      r.cpu.push((used.user + used.system) / 1000);
      r.subset.push(timings.subsetMs);
      r.satori.push(timings.satoriMs);
      r.sharp.push(timings.sharpMs);
      if (scope === 'build') await storeInCache(cacheDir, posterKey(model, fonts), png);
    }
    return r;
  };
  const perPoster = await coldRun('poster');
  const cold = await coldRun('build');
  const warm: number[] = [];
  for (const model of models) {
    t = performance.now();
    if (!isCached(cacheDir, posterKey(model, fonts))) throw new Error('warm run missed the cache');
    warm.push(performance.now() - t);
  }

  console.log(`posters: ${n} portrait posters 1080×1440, one at a time on the main thread`);
  console.log(`  font working set subset once: ${prepareMs.toFixed(0)} ms`);
  console.log(
    `  machine load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  for (const [name, r] of [
    ['cold, build font subset shared by all posters (default)', cold],
    ['cold, exact font subset per poster (satori parses each)', perPoster],
  ] as const) {
    console.log(`${name}:`);
    console.log(row('subset', r.subset));
    console.log(row('satori', r.satori));
    console.log(row('sharp', r.sharp));
    console.log(row('total', r.total));
    console.log(row('cpu', r.cpu));
  }
  console.log('warm (cache hit: key + lookup; satori and sharp not run):');
  console.log(row('total', warm));

  // The real build path: every poster of the data, all cores, cold then warm.
  const buildCache = path.join(cacheDir, 'build');
  const jobs: PosterJob[] = allJobs;
  const coldBuild = await buildPosters(jobs, { outDir, cacheDir: buildCache });
  const warmBuild = await buildPosters(jobs, { outDir, cacheDir: buildCache });
  console.log(`build of all ${jobs.length} posters with ${availableParallelism()} workers:`);
  console.log(
    `  cold ${coldBuild.ms.toFixed(0)} ms (${coldBuild.rendered} rendered, ${coldBuild.cached} cached)`,
  );
  console.log(
    `  warm ${warmBuild.ms.toFixed(0)} ms (${warmBuild.rendered} rendered, ${warmBuild.cached} cached)`,
  );
  console.log(
    `peak memory (maxRSS, main thread and workers): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}
