// Reading mode (大字模式): the header switch makes the type large (root ≥ 22px) and back, is remembered
// across reloads and pages, fits a 375px phone without sideways scrolling, and keeps axe at zero.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { horizontalOverflow } from './inPage.ts';
import { serveSite } from './servedSite.ts';

const site = serveSite();

/** Root and body type: font sizes in px and the body's line height as a multiple of its size. */
const typeOf = (
  page: Page,
): Promise<{ root: number; body: number; lineHeight: number; mode: string | undefined }> =>
  page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return {
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      body: parseFloat(body.fontSize),
      lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
      mode: document.documentElement.dataset['reading'],
    };
  });

test('the switch turns large type on, is remembered across reloads and pages, and turns it off', async () => {
  const { context, page, problems } = await site.visit('/', { viewport: 'phone' });
  // Requests still loading: switching the size can bring lazy images into view, which a reload would cut off.
  let loading = 0;
  page.on('request', () => (loading += 1));
  page.on('requestfinished', () => (loading -= 1));
  page.on('requestfailed', () => (loading -= 1));
  try {
    const toggle = page.locator('#reading-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const standard = await typeOf(page);
    expect(standard.body).toBeGreaterThanOrEqual(18);
    expect(standard.lineHeight).toBeGreaterThanOrEqual(1.5);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect((await typeOf(page)).body).toBeGreaterThanOrEqual(22);
    await expect.poll(() => loading).toBe(0);

    await page.reload({ waitUntil: 'networkidle' });
    const large = await typeOf(page);
    expect(large.mode).toBe('large');
    expect(large.body).toBeGreaterThanOrEqual(22);
    expect(large.lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    await page.goto(`${site.origin}/buildings/xiwandong-001/`, { waitUntil: 'networkidle' });
    expect((await typeOf(page)).body).toBeGreaterThanOrEqual(22);

    await page.keyboard.press('Tab'); // skip link
    await page.focus('#reading-toggle');
    await page.keyboard.press('Enter'); // keyboard works too
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => loading).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await typeOf(page)).toMatchObject({ mode: undefined, body: standard.body });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

describe('large type at 375px: no sideways scrolling', () => {
  test.for([
    '/',
    '/buildings/xiwandong-001/',
    '/buildings/',
    '/communities/xiwandong/',
    `/search/?q=${encodeURIComponent('西湾东1')}`,
    '/about/',
  ])('%s', async (urlPath) => {
    const { context, page } = await site.visit('/', { viewport: 'phone' });
    try {
      await page.evaluate(() => localStorage.setItem('gongshi-reading', 'large'));
      await page.goto(site.origin + urlPath, { waitUntil: 'networkidle' });
      if (urlPath.startsWith('/search/')) await page.waitForSelector('#search-results li');
      expect((await typeOf(page)).root).toBeGreaterThanOrEqual(22);
      const overflow = await page.evaluate(horizontalOverflow);
      expect(overflow.offenders, urlPath).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    } finally {
      await context.close();
    }
  });
});

describe('axe WCAG 2.1 AA in both reading modes', () => {
  const cases = ['standard', 'large'].flatMap((mode) =>
    ['/', '/buildings/xiwandong-001/', `/search/?q=${encodeURIComponent('西湾东1')}`].map((path) => ({
      mode,
      path,
    })),
  );
  test.for(cases)('$mode $path', async ({ mode, path }) => {
    const { context, page } = await site.visit('/', { viewport: 'phone' });
    try {
      if (mode === 'large') await page.evaluate(() => localStorage.setItem('gongshi-reading', 'large'));
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      if (path.startsWith('/search/')) await page.waitForSelector('#search-results li');
      expect((await typeOf(page)).mode).toBe(mode === 'large' ? 'large' : undefined);
      expect(await axeViolations(page), `${mode} ${path}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('without JavaScript the switch is not shown and the type is the standard ≥ 18px', async () => {
  const { context, page } = await site.visit('/', { viewport: 'phone', javaScriptEnabled: false });
  try {
    expect(await page.isVisible('#reading-toggle')).toBe(false);
    expect((await typeOf(page)).body).toBeGreaterThanOrEqual(18);
  } finally {
    await context.close();
  }
});
