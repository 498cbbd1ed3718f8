import { describe, expect, it } from 'vitest';
import { decodeEntities, ogPageFromHtml, pagePathOf } from '../../src/posters/ogPages.ts';
import { makeReport } from '../factories.ts';

const report = makeReport({ title: '测试街加装电梯进展', siteUrl: 'https://example.org/' });

describe('ogPageFromHtml', () => {
  it('takes the page title without the site suffix, the description and the declared og:image path', () => {
    const html = `<html><head><title>西湾东1号 | 测试街加装电梯进展</title>
      <meta name="description" content="投入使用 &amp; 补贴">
      <meta property="og:image" content="https://example.org/og/buildings/b1.png"></head></html>`;
    expect(ogPageFromHtml(html, '/buildings/b1/', report)).toEqual({
      pagePath: '/buildings/b1/',
      imagePath: '/og/buildings/b1.png',
      title: '西湾东1号',
      subtitle: '投入使用 & 补贴',
    });
  });

  it('falls back to the URL scheme and the programme when a page declares nothing', () => {
    expect(ogPageFromHtml('<title>测试街加装电梯进展</title>', '/', report)).toEqual({
      pagePath: '/',
      imagePath: '/og/index.png',
      title: '测试街加装电梯进展',
      subtitle: '测试街 · 既有住宅加装电梯',
    });
  });
});

describe('helpers', () => {
  it('maps built files to page paths and decodes entities', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('buildings/b1/index.html')).toBe('/buildings/b1/');
    expect(pagePathOf('404.html')).toBe('/404');
    expect(decodeEntities('&#x897F;&#28286;&quot;&lt;')).toBe('西湾"<');
  });
});
