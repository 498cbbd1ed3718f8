// Every page type at phone and desktop width, the way a reader meets it: no console errors, no failed
// requests, nothing fetched from another host, no sideways scrolling on the phone. Screenshots for people.
import { describe, expect, test } from 'vitest';
import { screenshotFile, type ViewportName } from './browser.ts';
import { distDir } from './dist.ts';
import { horizontalOverflow } from './inPage.ts';
import { pageCases, REQUIRED_TYPES } from './pages.ts';
import { serveSite } from './servedSite.ts';

const cases = pageCases(distDir());
const site = serveSite();

test('the build has every page type', () => {
  expect(cases.map((c) => c.type)).toEqual(expect.arrayContaining([...REQUIRED_TYPES]));
});

describe.for(['phone', 'desktop'] satisfies ViewportName[])('%s', (viewport) => {
  test.for(cases)('$type $path', async (page) => {
    const {
      context,
      page: tab,
      problems,
    } = await site.visit(page.path, {
      viewport,
      status: page.status,
    });
    try {
      await tab.screenshot({ path: screenshotFile(`${page.type}-${viewport}.png`), fullPage: true });
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
