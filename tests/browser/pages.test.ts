// Every page type at phone and desktop width, the way a reader meets it: no console errors, no failed
// requests, nothing fetched from another host, no sideways scrolling on the phone. Screenshots for people.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, visit, type ViewportName } from './browser.ts';
import { distDir } from './dist.ts';
import { horizontalOverflow } from './inPage.ts';
import { pageCases, REQUIRED_TYPES } from './pages.ts';
import { serveStatic, type StaticServer } from './server.ts';

const screenshots = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const cases = pageCases(distDir());
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  server = await serveStatic(distDir());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

test('the build has every page type', () => {
  expect(cases.map((c) => c.type)).toEqual(expect.arrayContaining([...REQUIRED_TYPES]));
});

describe.for(['phone', 'desktop'] satisfies ViewportName[])('%s', (viewport) => {
  test.for(cases)('$type $path', async (page) => {
    const { context, page: tab, problems } = await visit(browser, server.origin, page.path, {
      viewport,
      status: page.status,
    });
    try {
      await tab.screenshot({ path: path.join(screenshots, `${page.type}-${viewport}.png`), fullPage: true });
      expect(problems, `${page.path} at ${viewport}`).toEqual([]);
      if (viewport === 'phone') {
        const overflow = await tab.evaluate(horizontalOverflow);
        expect(
          overflow.scrollWidth <= overflow.clientWidth ? [] : overflow.offenders,
          `${page.path} scrolls sideways at 375px (scrollWidth ${String(overflow.scrollWidth)} > ${String(overflow.clientWidth)})`,
        ).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      }
    } finally {
      await context.close();
    }
  });
});
