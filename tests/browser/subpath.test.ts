// Published under a path (siteUrl https://example.org/xicun/, the way a district's site hosts its streets):
// the sample is built with that siteUrl and served under /xicun/ with nothing at /, and every internal link,
// asset, script, poster, QR code, download, sitemap entry, RSS item and the Pagefind search work there.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPublished } from '../../scripts/permalinks/publishedSource.ts';
import { sha256 } from '../../src/publish/manifest.ts';
import { comparePermalinks } from '../../src/publish/permalinks.ts';
import { decodeQr } from '../posters/decodeQr.ts';
import { launchChromium, visit } from './browser.ts';
import { checkLinks } from './linkCheck.ts';
import { pageCases } from './pages.ts';
import { serveStatic, type StaticServer } from './server.ts';

const SITE = 'https://example.org/xicun/';
const BASE = '/xicun/';
const root = path.resolve(import.meta.dirname, '..', '..');
// Inside the project, as tests/site/dataBuilds.test.ts does: Astro keeps its prerender chunks under outDir.
mkdirSync(path.join(root, '.cache'), { recursive: true });
const work = mkdtempSync(path.join(root, '.cache', 'subpath-test-'));
const dataDir = path.join(work, 'data');
const outDir = path.join(work, 'dist');

let server: StaticServer | undefined;
let browser: Browser | undefined;
const origin = (): string => {
  if (!server) throw new Error('not served');
  return server.origin;
};

beforeAll(async () => {
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  const reportFile = path.join(dataDir, 'report.json');
  const report = readFileSync(reportFile, 'utf8');
  const moved = report.replace(/("siteUrl"\s*:\s*)"[^"]*"/, `$1"${SITE}"`);
  if (moved === report) throw new Error('report.json has no siteUrl to move');
  writeFileSync(reportFile, moved);
  // A story linking site pages from the root, as the story rules allow: those links must follow the base too.
  writeFileSync(
    path.join(dataDir, 'stories', 'subpath-links.md'),
    "---\ntitle: '站内链接'\ndate: 2025-06-01\nbuildings: [xiwandong-001]\ndisplayName: 邻居\n" +
      "consentRecorded: true\nsample: true\nsummary: '站内链接'\n---\n\n" +
      '见[关于本站](/about/)和[数据][d]。\n\n[d]: /data/\n',
  );
  // --force: Astro's content cache may still hold the stories of the last build's data directory.
  const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, GONGSHI_DATA: dataDir },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  server = await serveStatic(outDir, { base: BASE });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Site path (from the site's root) of an absolute URL on the published site; throws outside it. */
function sitePathOfPublished(url: string): string {
  if (!url.startsWith(SITE)) throw new Error(`${url} is not under ${SITE}`);
  return `/${url.slice(SITE.length)}`;
}

/** HTTP status of a site path, fetched under the base from the local server. */
async function statusOf(sitePath: string): Promise<number> {
  const response = await fetch(`${origin()}${BASE}${sitePath.slice(1)}`, { method: 'HEAD' });
  return response.status;
}

test('nothing is served at / — the site exists only under /xicun/', async () => {
  expect((await fetch(`${origin()}/`)).status).toBe(404);
  expect((await fetch(`${origin()}/about/`)).status).toBe(404);
  expect((await fetch(`${origin()}${BASE}about/`)).status).toBe(200);
});

test('every internal link and asset of every page is under /xicun/ and exists', () => {
  const report = checkLinks(outDir, { siteUrl: SITE, base: BASE });
  const lines = [
    ...new Set(
      report.broken.map((b) => `${b.where} ${b.ref.replace(/[^/]*$/, '*')}: ${b.reason} (on ${b.from})`),
    ),
  ];
  expect(lines).toEqual([]);
  expect(report.pages).toBeGreaterThan(100);
  expect(report.unreachable).toEqual([]);
  const story = readFileSync(path.join(outDir, 'stories', 'subpath-links', 'index.html'), 'utf8');
  expect(story).toContain('href="/xicun/about/"');
  expect(story).toContain('href="/xicun/data/"');
});

// One test over the page types: they are chosen from the build, which exists only once beforeAll ran.
test('every page type loads its stylesheets, scripts, images and posters from /xicun/ in the browser', async () => {
  if (!browser) throw new Error('no browser');
  const cases = pageCases(outDir, dataDir);
  expect(cases.length).toBeGreaterThan(8);
  const found: string[] = [];
  for (const c of cases) {
    const { context, page, problems } = await visit(browser, origin(), `${BASE}${c.path.slice(1)}`, {
      viewport: 'desktop',
      status: c.status,
    });
    try {
      // Lazy images (posters, photos) load too: scroll to the end before counting failures.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const offBase = await page.$$eval('[href^="/"], [src^="/"], [action^="/"]', (els) =>
        els
          .map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '')
          .filter((ref) => !ref.startsWith('/xicun/')),
      );
      const sheets = await page.$$eval('link[rel="stylesheet"]', (ls) => ls.length);
      found.push(
        ...[...problems, ...offBase, ...(sheets > 0 ? [] : ['no stylesheet'])].map((p) => `${c.type}: ${p}`),
      );
    } finally {
      await context.close();
    }
  }
  expect(found).toEqual([]);
}, 180_000);

test('the header search finds a building with Pagefind loaded from /xicun/pagefind/', async () => {
  if (!browser) throw new Error('no browser');
  const { context, page, problems } = await visit(browser, origin(), `${BASE}buildings/xiwan-002/`, {
    viewport: 'phone',
  });
  try {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefind.push(new URL(r.url()).pathname);
    });
    await page.click('.site-menu > summary');
    await page.fill('#site-search-q', '西湾东1号');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(
      (url) => url.pathname === `${BASE}search/` && url.searchParams.get('q') === '西湾东1号',
    );
    await page.waitForFunction(() => {
      const s = document.getElementById('search-status')?.textContent ?? '';
      return s !== '' && !s.startsWith('正在');
    });
    expect(await page.textContent('#search-status')).toMatch(/^找到\d+个结果/);
    const hrefs = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs[0]).toBe(`${BASE}buildings/xiwandong-001/`);
    expect(hrefs.every((h) => h.startsWith(BASE))).toBe(true);
    expect(pagefind.length).toBeGreaterThan(0);
    expect(pagefind.every((p) => p.startsWith(`${BASE}pagefind/`))).toBe(true);
    await page.click('#search-results li:first-child a');
    await page.waitForURL((url) => url.pathname === `${BASE}buildings/xiwandong-001/`);
    expect((await page.textContent('h1'))?.trim()).toBe('西湾东1号');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('sitemap, robots.txt and RSS give /xicun/ URLs that are served', async () => {
  const locs = (file: string): string[] =>
    [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => m[1] ?? '',
    );
  const sitemaps = locs('sitemap-index.xml');
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages = sitemaps.flatMap((s) => locs(sitePathOfPublished(s).slice(1)));
  expect(pages).toContain(SITE);
  expect(pages.length).toBeGreaterThan(100);
  const robots = readFileSync(path.join(outDir, 'robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  const rss = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
  const links = [...rss.matchAll(/<(?:link|guid[^>]*)>([^<]+)</g)].map((m) => m[1] ?? '');
  expect(links.length).toBeGreaterThan(2);
  const urls = [...sitemaps, ...pages, ...links];
  const bad: string[] = [];
  for (const url of new Set(urls)) {
    const status = await statusOf(sitePathOfPublished(url));
    if (status !== 200) bad.push(`${url}: HTTP ${String(status)}`);
  }
  expect(bad).toEqual([]);
});

test('a poster’s QR code opens the page under /xicun/', async () => {
  const latest =
    readdirSync(path.join(outDir, 'reports'))
      .filter((m) => /^\d{4}-\d{2}$/.test(m))
      .sort()
      .at(-1) ?? '';
  const png = readFileSync(path.join(outDir, 'posters', `${latest}.png`));
  const text = await decodeQr(png);
  expect(text).toBe(`${SITE}reports/${latest}/`);
  expect(await statusOf(sitePathOfPublished(text ?? ''))).toBe(200);
});

test('the permalink check reads the site published under /xicun/ (manifest, urls.json, data files)', async () => {
  const published = await openPublished(`${origin()}${BASE}`);
  const built = await openPublished(outDir);
  expect(comparePermalinks(published, built)).toEqual([]);
  expect(published.urls).toContain('/buildings/xiwandong-001/');
  const file = published.manifest.files.find((f) => f.kind === 'snapshot');
  if (!file) throw new Error('no snapshot in the manifest');
  expect(sha256(await published.read(file.path))).toBe(file.sha256);
  expect(published.manifest.site).toBe(SITE);
});
