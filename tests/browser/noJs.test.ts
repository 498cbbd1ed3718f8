// With JavaScript off every page still shows its figures, charts and tables: the same numbers, the same
// charts (visible, not waiting for a script) and the same tables as with JavaScript on.
import { expect, test } from 'vitest';
import { distDir } from './dist.ts';
import { contentSummary } from './inPage.ts';
import { pageCases } from './pages.ts';
import { serveSite } from './servedSite.ts';

/** Page types that must show at least one chart and one table (the site issue's page list). */
const DATA_PAGES: Record<string, { charts: number; tables: number }> = {
  home: { charts: 1, tables: 1 },
  community: { charts: 1, tables: 1 },
  building: { charts: 1, tables: 0 },
  report: { charts: 0, tables: 0 },
};

const cases = pageCases(distDir());
const site = serveSite();

test.for(cases)('JavaScript off: $type $path', async (page) => {
  const summarise = async (javaScriptEnabled: boolean): Promise<ReturnType<typeof contentSummary>> => {
    const {
      context,
      page: tab,
      problems,
    } = await site.visit(page.path, {
      viewport: 'phone',
      javaScriptEnabled,
      status: page.status,
    });
    try {
      expect(problems).toEqual([]);
      return await tab.evaluate(contentSummary);
    } finally {
      await context.close();
    }
  };
  const off = await summarise(false);
  const on = await summarise(true);
  expect(off, `${page.path} shows less without JavaScript`).toEqual(on);
  expect(off.visibleCharts, `${page.path}: charts hidden without JavaScript`).toBe(off.charts);
  const need = DATA_PAGES[page.type];
  if (need !== undefined) {
    expect(off.charts, `${page.path}: charts`).toBeGreaterThanOrEqual(need.charts);
    expect(off.tables, `${page.path}: tables`).toBeGreaterThanOrEqual(need.tables);
    expect(off.numbers.length, `${page.path}: figures`).toBeGreaterThan(0);
  }
});
