// Accessibility: axe-core with the WCAG 2.1 A and AA rules on every page type, at phone and desktop width
// (contrast and reflow can differ between the two layouts). Zero violations.
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import type { ViewportName } from './browser.ts';
import { distDir } from './dist.ts';
import { pageCases } from './pages.ts';
import { serveSite } from './servedSite.ts';

const cases = pageCases(distDir());
const site = serveSite();

describe.for(['phone', 'desktop'] satisfies ViewportName[])('axe WCAG 2.1 AA, %s', (viewport) => {
  test.for(cases)('$type $path', async (page) => {
    const { context, page: tab } = await site.visit(page.path, { viewport, status: page.status });
    try {
      expect(await axeViolations(tab), `${page.path} at ${viewport}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
