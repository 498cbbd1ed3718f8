// The build path: worker pool, cache hits and the files written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPosters, warmPosterCache } from '../../src/posters/buildPosters.ts';
import { cacheFile, isCached, posterKey } from '../../src/posters/cache.ts';
import { fontHash } from '../../src/posters/font.ts';
import { ogJob, posterJobs, type PosterJob } from '../../src/posters/jobs.ts';
import { computeStats } from '../../src/stats/computeStats.ts';
import { posterDataset } from './fixtures.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

const dataset = posterDataset();
const stats = computeStats(dataset);
const temp = mkdtempSync(join(tmpdir(), 'gongshi-posters-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Street, community and building posters plus two cards with the same text (rendered once).
const jobs: PosterJob[] = [
  ...posterJobs(dataset, stats, posters).filter((j) => !j.path.includes('/print/')),
  ogJob(dataset.report, posters, '/about/', { title: '关于', subtitle: '数据从哪里来' }),
  ogJob(dataset.report, posters, '/about/copy/', { title: '关于', subtitle: '数据从哪里来' }),
];
const options = { outDir: join(temp, 'dist'), cacheDir: join(temp, 'cache'), workers: 2 };

describe('buildPosters', () => {
  it('renders every distinct poster once, in worker threads, and writes every file', async () => {
    const result = await buildPosters(jobs, options);
    expect(result).toMatchObject({ files: jobs.length, rendered: jobs.length - 1, cached: 0 });
    expect(result.timings).toHaveLength(jobs.length - 1);
    for (const job of jobs) {
      const file = join(options.outDir, job.path);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('renders nothing when nothing changed, copying every file from the cache', async () => {
    rmSync(options.outDir, { recursive: true });
    const result = await buildPosters(jobs, options);
    expect(result).toMatchObject({ files: jobs.length, rendered: 0, cached: jobs.length - 1 });
    for (const job of jobs) expect(existsSync(join(options.outDir, job.path))).toBe(true);
  });

  it('renders only the poster whose content changed', async () => {
    const changed = jobs.map((j) =>
      j.path === '/og/about.png'
        ? ogJob(dataset.report, posters, '/about/', { title: '关于本站', subtitle: '数据从哪里来' })
        : j,
    );
    const result = await buildPosters(changed, options);
    expect(result).toMatchObject({ rendered: 1, cached: jobs.length - 1 });
  });

  it('warms the cache ahead of the build: posters rendered early are not rendered again', async () => {
    const cacheDir = join(temp, 'warm-cache');
    const warming = await warmPosterCache(jobs, { cacheDir, workers: 1 });
    const early = await warming.stop();
    expect(early).toBeGreaterThan(0);
    const result = await buildPosters(jobs, { ...options, cacheDir });
    expect(result).toMatchObject({ rendered: jobs.length - 1 - early, cached: early });
    expect(await (await warmPosterCache(jobs, { cacheDir, workers: 1 })).stop()).toBe(0);
  });

  it('renders again a cache entry that was truncated or replaced by another poster', async () => {
    const [first, second] = [jobs[0], jobs[1]] as [PosterJob, PosterJob];
    const entry = (job: PosterJob): string => cacheFile(options.cacheDir, posterKey(job.model, fontHash()));
    const good = readFileSync(entry(first));
    writeFileSync(entry(first), good.subarray(0, good.length >> 1)); // truncated
    writeFileSync(entry(second), good); // a valid PNG, but another poster's
    const progress: Array<[number, number]> = [];
    const result = await buildPosters(jobs, { ...options, onProgress: (d, t) => progress.push([d, t]) });
    expect(result).toMatchObject({ rendered: 2, corrupt: 2, cached: jobs.length - 3 });
    expect(readFileSync(join(options.outDir, first.path)).equals(good)).toBe(true);
    expect(readFileSync(join(options.outDir, second.path)).equals(good)).toBe(false);
    expect(readFileSync(entry(first)).equals(good)).toBe(true);
    // after the cache hits, one call per rendered poster, ending at the total
    expect(progress[0]).toEqual([jobs.length - 3, jobs.length - 1]);
    expect(progress.at(-1)).toEqual([jobs.length - 1, jobs.length - 1]);
    expect(progress).toHaveLength(3);
  });

  it('removes from the cache the posters a build no longer uses, when asked', async () => {
    const fewer = jobs.slice(1);
    const gone = posterKey((jobs[0] as PosterJob).model, fontHash());
    // entries written before this build started, as in the next month's build
    await new Promise((r) => setTimeout(r, 20));
    expect((await buildPosters(fewer, options)).pruned).toBe(0);
    expect(isCached(options.cacheDir, gone)).toBe(true);
    const result = await buildPosters(fewer, { ...options, prune: true });
    expect(result.pruned).toBeGreaterThanOrEqual(1);
    expect(isCached(options.cacheDir, gone)).toBe(false);
    expect((await buildPosters(fewer, options)).rendered).toBe(0);
  });

  it('reports a poster that cannot be rendered', async () => {
    const broken = ogJob(dataset.report, posters, '/x/', { title: '西湾\u{10FFFD}', subtitle: '' });
    await expect(buildPosters([broken], options)).rejects.toThrow(/lacks/);
  });
});
