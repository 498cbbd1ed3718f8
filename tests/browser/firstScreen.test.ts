// Phone first, in both reading modes at 375×667: the header is one row, the home page's first headline
// figure and a building's one-line state are inside the first screen, breadcrumb lines never start with
// the separator, and no date, step count or number with its unit is broken across two lines.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { distDir } from './dist.ts';
import { pageCases } from './pages.ts';
import { serveSite } from './servedSite.ts';

const site = serveSite();
const cases = pageCases(distDir());
const SCREEN = { width: 375, height: 667 };
const MODES = ['standard', 'large'] as const;
type Mode = (typeof MODES)[number];

async function open(
  urlPath: string,
  mode: Mode,
  status: 200 | 404 = 200,
): Promise<{ page: Page; close(): Promise<void> }> {
  const { context, page } = await site.visit('/', { viewport: 'phone' });
  await page.setViewportSize(SCREEN);
  if (mode === 'large') await page.evaluate(() => localStorage.setItem('gongshi-reading', 'large'));
  const res = await page.goto(site.origin + urlPath, { waitUntil: 'networkidle' });
  expect(res?.status()).toBe(status);
  return { page, close: () => context.close() };
}

const bottomOf = (page: Page, selector: string): Promise<number | undefined> =>
  page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().bottom, selector);

describe.for(MODES)('at 375×667, %s type', (mode) => {
  test('the header is one row: title, reading switch and menu side by side', async () => {
    const { page, close } = await open('/', mode);
    try {
      const rows = await page.evaluate(() =>
        ['.site-title', '#reading-toggle', '.site-menu > summary'].map((s) => {
          const r = document.querySelector(s)?.getBoundingClientRect();
          return r ? { s, top: r.top, bottom: r.bottom } : { s, top: NaN, bottom: NaN };
        }),
      );
      const [title] = rows;
      for (const r of rows) {
        expect(r.top, r.s).toBeLessThan(title?.bottom ?? 0);
        expect(r.bottom, r.s).toBeGreaterThan(title?.top ?? 0);
      }
    } finally {
      await close();
    }
  });

  test('the home page shows its first headline figure inside the first screen', async () => {
    const { page, close } = await open('/', mode);
    try {
      const bottom = await bottomOf(page, '.figures .figure:first-child .figure-label');
      expect(bottom).toBeDefined();
      expect(bottom).toBeLessThanOrEqual(SCREEN.height);
    } finally {
      await close();
    }
  });

  test('a building page shows its current state inside the first screen', async () => {
    const building = cases.find((c) => c.type === 'building');
    expect(building).toBeDefined();
    const { page, close } = await open(building?.path ?? '/', mode);
    try {
      const bottom = await bottomOf(page, '.building-headline');
      expect(bottom).toBeDefined();
      expect(bottom).toBeLessThanOrEqual(SCREEN.height);
    } finally {
      await close();
    }
  });

  test.for(cases)(
    '$type: no breadcrumb line starts with ›, no date or number broken across lines',
    async (c) => {
      const { page, close } = await open(c.path, mode, c.status);
      try {
        if (c.type === 'search') {
          await page.goto(`${site.origin}/search/?q=${encodeURIComponent('西湾东')}`, {
            waitUntil: 'networkidle',
          });
          await page.waitForSelector('#search-results li');
        }
        const crumbsBefore = await page.$$eval('.breadcrumbs li', (lis) =>
          lis
            .map((li) => getComputedStyle(li, '::before').content)
            .filter((c) => c !== 'none' && c !== 'normal'),
        );
        expect(crumbsBefore).toEqual([]);
        expect(await page.evaluate(brokenRuns)).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

/** Dates, step counts and numbers with units in the page's text whose glyphs sit on more than one line. */
function brokenRuns(): string[] {
  const pattern =
    /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|第\d+\/\d+步|\d+(?:\.\d+)?(?:栋|户|层|万元|%)/g;
  const broken: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg, script, style, [hidden], title')) continue;
    if (parent.getClientRects().length === 0) continue; // not rendered (display:none)
    const closed = parent.closest('details:not([open])');
    if (closed && !parent.closest('summary')) continue; // inside a closed details: not shown
    const text = node.textContent ?? '';
    for (const m of text.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      // Glyph boxes of one line overlap vertically (CJK and Latin boxes differ a little); two lines do not.
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const twoLines = rects.some((a) => rects.some((b) => b.top >= a.bottom - 1));
      if (twoLines) broken.push(`${m[0]} in “${text.trim().slice(0, 40)}”`);
    }
  }
  return broken;
}
