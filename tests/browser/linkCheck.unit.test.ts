// The link checker itself, on tiny sites written to a temp directory: it must fail on a broken link.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkLinks, extractRefs } from './linkCheck.ts';

let dir = '';
function site(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'gongshi-links-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string): string =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;

describe('checkLinks', () => {
  test('passes a site whose every link resolves', () => {
    const root = site({
      'index.html': page(
        '<a href="/about/">关于</a><img src="posters/a.png" alt=""><a href="/data/x.csv" download>下载</a><a href="/about/#contact">联系</a><a href="https://example.org/">外站</a><a href="mailto:a@b.c">邮件</a><form action="/search/"><input name="q"></form>',
      ),
      'search/index.html': page('<a href="/">首页</a>'),
      'about/index.html': page('<h2 id="contact">联系</h2><a href="../">首页</a>'),
      'posters/a.png': 'png',
      'data/x.csv': 'a,b',
    });
    const report = checkLinks(root);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBe(3);
    expect(report.unreachable).toEqual([]);
  });

  test('under a base path, follows links under it and fails on a link that leaves it', () => {
    const root = site({
      'index.html': page(
        '<a href="/xicun/about/">关于</a><img src="/xicun/posters/a.png" alt="" srcset="/xicun/posters/a.png 1x, /posters/a.png 2x"><a href="/about/">根目录</a>',
      ).replace(
        '<title>',
        '<meta property="og:image" content="https://example.org/xicun/posters/a.png"><title>',
      ),
      'about/index.html': page('<a href="../">首页</a><a href="/xicun/">首页</a>'),
      'posters/a.png': 'png',
    });
    const report = checkLinks(root, { siteUrl: 'https://example.org/xicun/', base: '/xicun/' });
    expect(report.broken.map((b) => `${b.from} ${b.where} ${b.ref}: ${b.reason}`)).toEqual([
      '/ img[srcset] /posters/a.png: outside the base path /xicun/',
      '/ a[href] /about/: outside the base path /xicun/',
    ]);
    expect(report.pages).toBe(2);
  });

  test('fails on a deliberately broken link, image, stylesheet and fragment', () => {
    const root = site({
      'index.html': page(
        '<form action="/find/"></form><a href="/communities/nowhere/">社区</a><img src="/posters/missing.png" alt=""><a href="/about">关于</a><a href="/about/#nope">联系</a>',
      ).replace(
        '<title>',
        '<link rel="stylesheet" href="/_astro/gone.css"><meta property="og:image" content="https://gongshi.example.org/og/none.png"><title>',
      ),
      'about/index.html': page('<a href="/">首页</a>'),
      'lonely/index.html': page(''),
    });
    const report = checkLinks(root, { siteUrl: 'https://gongshi.example.org/' });
    expect(report.broken.map((b) => `${b.from} ${b.where} ${b.ref}: ${b.reason}`)).toEqual([
      '/ link[href] /_astro/gone.css: no such file in the build',
      '/ meta[content] https://gongshi.example.org/og/none.png: no such file in the build',
      '/ form[action] /find/: no such file in the build',
      '/ a[href] /communities/nowhere/: no such file in the build',
      '/ img[src] /posters/missing.png: no such file in the build',
      '/ a[href] /about: missing trailing slash (the site uses /about/)',
      '/ a[href] /about/#nope: no element with id "nope"',
    ]);
    expect(report.unreachable).toEqual(['/lonely/']);
  });
});

test('extractRefs reads srcset, entities and ignores comments', () => {
  const refs = extractRefs(
    '<!-- <a href="/x/"> --><img srcset="/a.png 1x, /b.png 2x" alt=""><a href="/q/?a=1&amp;b=2">q</a>',
  );
  expect(refs.map((r) => r.ref)).toEqual(['/a.png', '/b.png', '/q/?a=1&b=2']);
});
