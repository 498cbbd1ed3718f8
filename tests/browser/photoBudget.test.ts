// A story with ten photos on a 375px phone: what loads before the reader scrolls stays within 300 KB,
// and every photo keeps its box (width/height) so nothing jumps while it loads. Pages with photos pass axe.
import { expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { serveSite } from './servedSite.ts';

const KB = 1024;
const BUDGET_KB = 300;
const STORY = '/stories/huangshu-diary/';
const site = serveSite();

test(`${STORY} transfers at most ${String(BUDGET_KB)} KB at 375px before scrolling`, async () => {
  const { context, page, problems } = await site.visit(STORY, { viewport: 'phone' });
  try {
    expect(problems).toEqual([]);
    const loaded = await page.evaluate(() => {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      const images = [...document.querySelectorAll('figure.photo img')] as HTMLImageElement[];
      return {
        bytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
        photos: images.length,
        sized: images.filter((i) => i.getAttribute('width') && i.getAttribute('height')).length,
        chosen: images.filter((i) => i.complete && i.currentSrc !== '').map((i) => i.currentSrc),
      };
    });
    console.log(`${STORY} at 375px: ${(loaded.bytes / KB).toFixed(1)} KB before scrolling`, loaded.chosen);
    expect(loaded.photos).toBeGreaterThanOrEqual(10);
    expect(loaded.sized).toBe(loaded.photos);
    // A 343px column takes the 400px variant, in AVIF where the browser has it.
    for (const src of loaded.chosen) expect(src).toMatch(/-400\.avif$/);
    expect(loaded.bytes).toBeGreaterThan(0);
    expect(loaded.bytes / KB).toBeLessThanOrEqual(BUDGET_KB);
  } finally {
    await context.close();
  }
});

// The page-type suite picks a building and community that may have no photo; these have one.
test.for(['/buildings/xiwan-038/', '/communities/xiwan/'])(
  '%s with photos has no axe violations',
  async (url) => {
    const { context, page } = await site.visit(url, { viewport: 'phone' });
    try {
      await page.evaluate(() => document.querySelectorAll('img').forEach((i) => (i.loading = 'eager')));
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  },
);
