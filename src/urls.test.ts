import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  basePathOf,
  buildingUrl,
  guideUrl,
  homeUrl,
  normalizeBase,
  ogImageUrl,
  pathWithBase,
  pathWithoutBase,
  photoVariantUrl,
  readingScriptUrl,
  rssUrl,
  srcsetWithBase,
  streetPosterUrl,
} from './urls.ts';

describe('base path', () => {
  it('normalises to one leading and one trailing slash', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/xicun/')).toBe('/xicun/');
    expect(normalizeBase('/xicun')).toBe('/xicun/');
    expect(normalizeBase('xicun')).toBe('/xicun/');
    expect(normalizeBase('//liwan//xicun//')).toBe('/liwan/xicun/');
  });

  it('is the path of the published address', () => {
    expect(basePathOf('https://example.gov.cn/')).toBe('/');
    expect(basePathOf('https://example.gov.cn/xicun/')).toBe('/xicun/');
    expect(basePathOf('https://example.gov.cn/liwan/xicun/')).toBe('/liwan/xicun/');
  });
});

describe('pathWithBase', () => {
  it('leaves every site path byte-identical at the root', () => {
    for (const path of [
      homeUrl(),
      buildingUrl('xiwandong-001'),
      guideUrl('permit'),
      readingScriptUrl(),
      rssUrl(),
      streetPosterUrl('2025-09'),
      ogImageUrl('/'),
    ]) {
      expect(pathWithBase('/', path)).toBe(path);
    }
  });

  it('puts site paths under a sub-path without doubling a slash, keeping the trailing slash as it was', () => {
    expect(pathWithBase('/xicun/', homeUrl())).toBe('/xicun/');
    expect(pathWithBase('/xicun/', buildingUrl('xiwandong-001'))).toBe('/xicun/buildings/xiwandong-001/');
    expect(pathWithBase('/xicun/', guideUrl('permit'))).toBe('/xicun/guide/#permit');
    expect(pathWithBase('/xicun/', rssUrl())).toBe('/xicun/rss.xml');
    expect(pathWithBase('/xicun/', '/data/snapshots/2025-09.csv')).toBe('/xicun/data/snapshots/2025-09.csv');
    expect(pathWithBase('/xicun', '/search/?q=1')).toBe('/xicun/search/?q=1');
    expect(pathWithBase('xicun/', '/about/')).toBe('/xicun/about/');
  });

  it('leaves what is no site path alone', () => {
    for (const ref of ['#main', 'https://example.org/x/', 'tel:020-1234', '//cdn.example/x.js', '']) {
      expect(pathWithBase('/xicun/', ref)).toBe(ref);
    }
  });

  it('rewrites every candidate of a srcset', () => {
    const srcset = `${photoVariantUrl('0123456789abcdef00', 400, 'avif')} 400w, ${photoVariantUrl('0123456789abcdef00', 800, 'avif')} 800w`;
    expect(srcsetWithBase('/', srcset)).toBe(srcset);
    expect(srcsetWithBase('/xicun/', srcset)).toBe(
      '/xicun/photos/0123456789abcdef-400.avif 400w, /xicun/photos/0123456789abcdef-800.avif 800w',
    );
  });
});

describe('pathWithoutBase', () => {
  it('turns a served pathname back into its site path', () => {
    expect(pathWithoutBase('/', '/buildings/x/')).toBe('/buildings/x/');
    expect(pathWithoutBase('/xicun/', '/xicun/')).toBe('/');
    expect(pathWithoutBase('/xicun/', '/xicun')).toBe('/');
    expect(pathWithoutBase('/xicun/', '/xicun/buildings/x/')).toBe('/buildings/x/');
    expect(pathWithoutBase('/xicun/', '/xicun/404')).toBe('/404');
  });

  it('is the inverse of pathWithBase', () => {
    for (const path of ['/', '/about/', '/posters/2025-09.png', '/guide/#permit']) {
      expect(pathWithoutBase('/xicun/', pathWithBase('/xicun/', path))).toBe(path);
    }
  });

  it('leaves a pathname outside the base alone', () => {
    expect(pathWithoutBase('/xicun/', '/xicunx/a/')).toBe('/xicunx/a/');
    expect(pathWithoutBase('/xicun/', '/other/')).toBe('/other/');
  });
});

describe('absoluteUrl', () => {
  it('keeps the path of the published address', () => {
    expect(absoluteUrl('https://example.org/', buildingUrl('a'))).toBe('https://example.org/buildings/a/');
    expect(absoluteUrl('https://example.org/xicun/', buildingUrl('a'))).toBe(
      'https://example.org/xicun/buildings/a/',
    );
    expect(absoluteUrl('https://example.org/xicun/', homeUrl())).toBe('https://example.org/xicun/');
  });
});
