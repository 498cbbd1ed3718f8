// The built sample site: every page's og:image and every poster URL is a real PNG of the right size.
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { posterJobs } from '../../src/posters/jobs.ts';
import { POSTER_SIZES } from '../../src/posters/types.ts';
import { computeStats } from '../../src/stats/computeStats.ts';
import { distDir, distFile } from '../browser/dist.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('posters in the built site', () => {
  it("points every HTML page's og:image at an existing 1200×630 PNG", async () => {
    const dir = distDir();
    const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const images = new Set<string>();
    for (const page of pages) {
      const html = readFileSync(path.join(dir, page), 'utf8');
      const content = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(content, `${page} has no og:image`).toBeDefined();
      const file = distFile(new URL(content ?? '', 'https://x/').pathname);
      expect(existsSync(file), `${page}: ${content} missing`).toBe(true);
      images.add(file);
    }
    for (const file of [...images].slice(0, 5)) {
      const meta = await sharp(file).metadata();
      expect([meta.width, meta.height]).toEqual([POSTER_SIZES.og.width, POSTER_SIZES.og.height]);
    }
  });

  it('has every street, print, community and building poster of the sample data', async () => {
    const loaded = await loadDataset(path.join(root, 'data'));
    if (!loaded.ok) throw new Error('sample data invalid');
    const jobs = posterJobs(loaded.dataset, computeStats(loaded.dataset), posters);
    expect(jobs.some((j) => j.model.kind === 'building')).toBe(true);
    for (const job of jobs) expect(existsSync(distFile(job.path)), job.path).toBe(true);
    for (const kind of ['street', 'print', 'community', 'building'] as const) {
      const job = jobs.find((j) => j.model.kind === kind);
      if (!job) throw new Error(`no ${kind} poster`);
      const meta = await sharp(distFile(job.path)).metadata();
      expect([meta.width, meta.height]).toEqual([POSTER_SIZES[kind].width, POSTER_SIZES[kind].height]);
    }
  });
});
