// Accessibility: axe-core with the WCAG 2.1 A and AA rules on every page type, at phone and desktop width
// (contrast and reflow can differ between the two layouts). Zero violations.
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, visit, type ViewportName } from './browser.ts';
import { distDir } from './dist.ts';
import { pageCases } from './pages.ts';
import { serveStatic, type StaticServer } from './server.ts';

const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const cases = pageCases(distDir());
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(distDir());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** One line per failing element: rule, impact, selector, the element's HTML and axe's summary. */
function explain(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} ${n.html.slice(0, 160)} — ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`,
    ),
  );
}

describe.for(['phone', 'desktop'] satisfies ViewportName[])('axe WCAG 2.1 AA, %s', (viewport) => {
  test.for(cases)('$type $path', async (page) => {
    const { context, page: tab } = await visit(browser, server.origin, page.path, { viewport, status: page.status });
    try {
      const results = await new AxeBuilder({ page: tab }).withTags(WCAG21_AA).analyze();
      expect(explain(results.violations), `${page.path} at ${viewport}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
