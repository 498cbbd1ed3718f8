// Debian's Chromium driven by playwright-core (never a downloaded browser), plus a page visit that records
// everything a reader's phone would stumble on: console errors, failed requests, requests to other hosts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Phone (a 375px-wide cheap Android) and desktop viewports. */
export const VIEWPORTS = {
  phone: { width: 375, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Path for a screenshot kept for people to look at: `test-results/screenshots/<name>` (folder made if needed). */
export function screenshotFile(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

/** Launch headless Chromium from the system package. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Console errors, failed or non-OK requests, and requests that left the local server. */
  problems: string[];
}

export interface VisitOptions {
  viewport: ViewportName;
  javaScriptEnabled?: boolean;
  /** Status the main document is expected to have (404 for the not-found page). */
  status?: number;
}

/** Open `origin + urlPath` in a fresh context and wait until the network is idle. */
export async function visit(
  browser: Browser,
  origin: string,
  urlPath: string,
  options: VisitOptions,
): Promise<Visit> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[options.viewport],
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const url = origin + urlPath;
  const expected = options.status ?? 200;
  // Anything not served by our loopback server is blocked and reported: the site makes no outside requests.
  await context.route('**/*', async (route) => {
    const target = route.request().url();
    if (target.startsWith(`${origin}/`)) return route.continue();
    problems.push(`request to another host: ${target}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    // Chromium logs the not-found page's own 404 status as a console error; that one is expected.
    if (expected === 404 && where === url && msg.text().includes('404')) return;
    if (msg.text().includes('ERR_BLOCKED_BY_CLIENT')) return; // already reported as a request to another host
    problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText.includes('ERR_BLOCKED_BY_CLIENT') === true) return; // reported above
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (res) => {
    const isMain = res.request().isNavigationRequest() && res.url() === url;
    if (isMain ? res.status() !== expected : res.status() >= 400) {
      problems.push(`HTTP ${String(res.status())}: ${res.url()}`);
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { context, page, problems };
}
