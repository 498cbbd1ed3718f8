// Find my building: the header search form on a content page, Pagefind on /search/, and the first result
// leads to the right building page; the no-JavaScript list at /buildings/ has every building.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { distDir, htmlFileFor } from './dist.ts';
import { pageDirs } from './pages.ts';
import { serveSite } from './servedSite.ts';

const site = serveSite();

/** The search results on /search/ once the status line has stopped saying it is searching. */
async function results(page: Page): Promise<{ status: string; rows: { href: string; text: string }[] }> {
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return s !== '' && !s.startsWith('正在');
  });
  return {
    status: (await page.textContent('#search-status')) ?? '',
    rows: await page.$$eval('#search-results a', (as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
    ),
  };
}

// How residents type it → the building page the first result must open (its <h1>).
const FIRST_RESULT: { query: string; address: RegExp }[] = [
  { query: '西湾东1号', address: /^西湾东1号$/ },
  { query: '西湾东一号', address: /^西湾东1号$/ },
  { query: '西湾东１号', address: /^西湾东1号$/ },
  { query: '西湾东1', address: /^西湾东1号$/ },
  { query: '大岗元北38号', address: /^大岗元北38号$/ }, // the sample has no 大岗元北32号
  { query: '大岗园北三十八号', address: /^大岗元北38号$/ },
  { query: '32号', address: /(^|[^0-9])32号/ },
];

describe('header search → /search/ → building page', () => {
  test.for(FIRST_RESULT)('$query', async ({ query, address }) => {
    const { context, page, problems } = await site.visit('/buildings/xiwan-002/', { viewport: 'phone' });
    try {
      await page.click('.site-menu > summary'); // on a phone the search is in the header menu
      await page.fill('#site-search-q', query);
      await page.press('#site-search-q', 'Enter'); // keyboard submit of the plain GET form
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === query);
      const found = await results(page);
      expect(found.status).toMatch(/^找到\d+个结果/);
      expect(await page.inputValue('#search-q')).not.toBe('');
      await page.focus('#search-results li:first-child a');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.startsWith('/buildings/'));
      expect((await page.textContent('h1'))?.trim()).toMatch(address);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a fragment of the address finds the building among the results', () => {
  test.for(['西湾东1', '1号', '西湾东'])('%s', async (query) => {
    const { context, page, problems } = await site.visit(`/search/?q=${encodeURIComponent(query)}`, {
      viewport: 'phone',
    });
    try {
      const found = await results(page);
      expect(found.rows.map((r) => r.href)).toContain('/buildings/xiwandong-001/');
      const row = found.rows.find((r) => r.href === '/buildings/xiwandong-001/');
      expect(row?.text).toMatch(/西湾东1号.*西湾东社区 · 电梯已投入使用/); // address, community, headline
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('nothing found says so in Chinese and points to the full list', async () => {
    const { context, page } = await site.visit(`/search/?q=${encodeURIComponent('qqxyzw')}`, {
      viewport: 'phone',
    });
    try {
      expect((await results(page)).status).toMatch(/^没有找到/);
      expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
      expect(await page.locator('main a[href="/buildings/"]').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  test('/buildings/ lists every building page with its stage', async () => {
    const { context, page, problems } = await site.visit('/buildings/', {
      viewport: 'phone',
      javaScriptEnabled: false,
    });
    try {
      const rows = await page.$$eval('.building-index li', (lis) =>
        lis.map((li) => ({
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          stage: li.querySelector('span')?.textContent ?? '',
        })),
      );
      const built = pageDirs(distDir(), 'buildings').map((id) => `/buildings/${id}/`);
      expect(rows.map((r) => r.href).sort()).toEqual(built.sort());
      expect(rows.filter((r) => r.stage.trim() === '')).toEqual([]);
      expect(await page.isVisible('#reading-toggle')).toBe(false); // no dead button without JavaScript
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('/search/ explains itself and links to the list', async () => {
    const { context, page } = await site.visit('/search/?q=1', {
      viewport: 'phone',
      javaScriptEnabled: false,
    });
    try {
      expect(await page.textContent('main')).toContain('查找需要开启JavaScript');
      expect(await page.locator('main a[href="/buildings/"]').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('in the built HTML', () => {
  const pages = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.html'))
      .map((e) => path.join(e.parentPath, e.name));

  test('every page but /search/ has the header search form; /buildings/ is in the header nav', () => {
    const missing = pages(distDir())
      .filter((f) => f !== htmlFileFor('/search/'))
      .filter((f) => {
        const html = readFileSync(f, 'utf8');
        return (
          !/<form[^>]*action="\/search\/"[^>]*method="get"[^>]*role="search"/.test(html) ||
          !html.includes('<label for="site-search-q">') ||
          !/<nav[^>]*主菜单[\s\S]*?href="\/buildings\/"/.test(html)
        );
      });
    expect(missing.map((f) => path.relative(distDir(), f))).toEqual([]);
  });

  test("only /search/ loads Pagefind and allows 'wasm-unsafe-eval'", () => {
    const csp = (f: string): string =>
      /http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(f, 'utf8'))?.[1] ?? '';
    expect(csp(htmlFileFor('/search/'))).toMatch(/script-src[^;]*'wasm-unsafe-eval'/);
    const others = pages(distDir()).filter((f) => f !== htmlFileFor('/search/'));
    expect(
      others.filter(
        (f) => csp(f).includes('wasm-unsafe-eval') || readFileSync(f, 'utf8').includes('/pagefind/'),
      ),
    ).toEqual([]);
  });

  test('Pagefind indexed building, community and story pages, with address metadata', () => {
    const building = readFileSync(htmlFileFor('/buildings/xiwandong-001/'), 'utf8');
    expect(building).toMatch(/<main[^>]*data-pagefind-body/);
    expect(building).toMatch(/data-aliases="[^"]*西湾东一号/);
    expect(readFileSync(htmlFileFor('/'), 'utf8')).not.toContain('data-pagefind-body');
    expect(readdirSync(path.join(distDir(), 'pagefind'))).toContain('pagefind.js');
  });
});

test('says so when no address is exactly what was typed, before listing the nearest', async () => {
  const query = '大岗元北'; // a street name: many buildings, none of them exactly this
  const { context, page } = await site.visit(`/search/?q=${encodeURIComponent(query)}`, {
    viewport: 'phone',
  });
  try {
    const found = await results(page);
    expect(found.status).toMatch(/^找到\d+个结果，但没有地址正好是“大岗元北”的楼栋，下面是最接近的/);
    expect(found.rows.length).toBeGreaterThan(0);
    const exact = await site.visit(`/search/?q=${encodeURIComponent('西湾东1号')}`, { viewport: 'phone' });
    try {
      expect((await results(exact.page)).status).not.toMatch(/没有地址正好是/);
    } finally {
      await exact.context.close();
    }
  } finally {
    await context.close();
  }
});
