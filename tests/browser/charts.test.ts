// Charts as drawn in the browser, on every page type that has one, at 375 and 1280px in both reading modes:
// no two text labels overlap and none sticks out of its chart; chart text is at least 14px at 375px (18px in
// 大字模式) and never larger than the page's h2; axe finds nothing in either mode. Also: no class of a chart's SVG is styled by page CSS, and
// screenshots of home, a building and the communities chart at 375px in 大字模式 are kept for review.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { screenshotFile, VIEWPORTS, type ViewportName } from './browser.ts';
import { distDir, htmlFileFor } from './dist.ts';
import { pageCases } from './pages.ts';
import { serveSite } from './servedSite.ts';

const site = serveSite();
const withCharts = pageCases(distDir()).filter(
  (c) => c.status === 200 && readFileSync(htmlFileFor(c.path), 'utf8').includes('class="chart-svg"'),
);
const MODES = ['standard', 'large'] as const;
type Mode = (typeof MODES)[number];

async function open(
  urlPath: string,
  viewport: ViewportName,
  mode: Mode,
): Promise<{ page: Page; close(): Promise<void> }> {
  const { context, page } = await site.visit('/', { viewport });
  if (mode === 'large') await page.evaluate(() => localStorage.setItem('gongshi-reading', 'large'));
  await page.goto(site.origin + urlPath, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

interface ChartText {
  chart: string;
  /** Smallest and largest rendered text size in CSS px (font size × the SVG's scale). */
  minPx: number;
  maxPx: number;
  problems: string[];
}

/** Every chart's text boxes: sizes as drawn, overlaps between any two, and boxes outside the chart. */
function measureCharts(): { h2: number; charts: ChartText[] } {
  const h2 = parseFloat(getComputedStyle(document.querySelector('h2') ?? document.body).fontSize);
  const charts = Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart-svg')).map((svg) => {
    const frame = svg.getBoundingClientRect();
    const scale = frame.width / svg.viewBox.baseVal.width;
    const texts = Array.from(svg.querySelectorAll('text')).map((t) => ({
      text: t.textContent ?? '',
      box: t.getBoundingClientRect(),
      px: parseFloat(getComputedStyle(t).fontSize) * scale,
    }));
    const problems: string[] = [];
    for (const a of texts) {
      const b = a.box;
      if (
        b.left < frame.left - 1 ||
        b.right > frame.right + 1 ||
        b.top < frame.top - 1 ||
        b.bottom > frame.bottom + 1
      )
        problems.push(`“${a.text}” sticks out of the chart`);
    }
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) {
        const overlap =
          a.box.left < b.box.right - 1 &&
          b.box.left < a.box.right - 1 &&
          a.box.top < b.box.bottom - 1 &&
          b.box.top < a.box.bottom - 1;
        if (overlap) problems.push(`“${a.text}” overlaps “${b.text}”`);
      }
    });
    const sizes = texts.map((t) => t.px);
    return {
      chart: svg.getAttribute('aria-labelledby')?.split(' ')[0] ?? '?',
      minPx: Math.min(...sizes),
      maxPx: Math.max(...sizes),
      problems,
    };
  });
  return { h2, charts };
}

test('the page types with charts are measured', () => {
  expect(withCharts.map((c) => c.type)).toEqual(expect.arrayContaining(['home', 'community', 'building']));
});

describe.for(['phone', 'desktop'] satisfies ViewportName[])('charts at %s width', (viewport) => {
  const cases = withCharts.flatMap((c) => MODES.map((mode) => ({ ...c, mode })));
  test.for(cases)('$type $mode', async ({ path, mode }) => {
    const { page, close } = await open(path, viewport, mode);
    try {
      const { h2, charts } = await page.evaluate(measureCharts);
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.problems, c.chart).toEqual([]);
        if (viewport === 'phone') expect(c.minPx, c.chart).toBeGreaterThanOrEqual(mode === 'large' ? 18 : 14);
        expect(c.maxPx, `${c.chart} at ${String(VIEWPORTS[viewport].width)}px`).toBeLessThanOrEqual(h2);
      }
      expect(await axeViolations(page), `${path} ${mode}`).toEqual([]);
    } finally {
      await close();
    }
  });
});

test('no class inside a chart SVG is styled by the page’s CSS', async () => {
  const home = withCharts.find((c) => c.type === 'home');
  const { page, close } = await open(home?.path ?? '/', 'phone', 'standard');
  try {
    // Rules in the page's own stylesheets whose selector names a class used inside a chart.
    const collisions = await page.evaluate(() => {
      const classes = new Set(
        Array.from(document.querySelectorAll('svg.chart-svg *')).flatMap((e) => Array.from(e.classList)),
      );
      const selectors = Array.from(document.styleSheets).flatMap((sheet) =>
        Array.from(sheet.cssRules).flatMap((r) => (r instanceof CSSStyleRule ? [r.selectorText] : [])),
      );
      return [...classes].filter((c) => selectors.some((s) => new RegExp(`\\.${c}(?![\\w-])`).test(s)));
    });
    expect(collisions).toEqual([]);
  } finally {
    await close();
  }
});

describe('screenshots at 375px in 大字模式, for review', () => {
  const shots = [
    { name: 'reading-home-375.png', type: 'home' },
    { name: 'reading-building-375.png', type: 'building' },
    { name: 'reading-community-375.png', type: 'community' },
  ];
  test.for(shots)('$name', async ({ name, type }) => {
    const c = withCharts.find((x) => x.type === type);
    expect(c).toBeDefined();
    const { page, close } = await open(c?.path ?? '/', 'phone', 'large');
    try {
      await page.screenshot({ path: screenshotFile(name), fullPage: true });
      if (type === 'home') {
        const chart = page
          .locator('#communities ~ figure svg, #communities + figure svg, section:has(#communities) svg')
          .first();
        await chart.screenshot({ path: screenshotFile('reading-communities-chart-375.png') });
      }
    } finally {
      await close();
    }
  });
});
