import { describe, expect, it } from 'vitest';
import { DAY, HOUR, IMMUTABLE, SHORT, headersFor, isSnapshotDownload } from './headers.ts';

describe('headersFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', SHORT],
    ['buildings/xiwan-001/index.html', 'text/html; charset=utf-8', SHORT],
    ['rss.xml', 'application/xml; charset=utf-8', SHORT],
    ['sitemap-index.xml', 'application/xml; charset=utf-8', SHORT],
    ['data/snapshots/latest.csv', 'text/csv; charset=utf-8', SHORT],
    ['data/snapshots/latest.json', 'application/json; charset=utf-8', SHORT],
    ['data/timeseries/street.csv', 'text/csv; charset=utf-8', SHORT],
    ['data/manifest.json', 'application/json; charset=utf-8', SHORT],
    ['data/snapshots/2025-09.csv', 'text/csv; charset=utf-8', DAY],
    ['data/snapshots/2025-09.json', 'application/json; charset=utf-8', DAY],
    ['_astro/Base.CEUXfJum.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['_astro/search.CYjL8zqP.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['pagefind/fragment/zh-cn_8f3a1.pf_fragment', 'application/octet-stream', IMMUTABLE],
    ['pagefind/pagefind.zh-cn_0584027fe1793.pf_meta', 'application/octet-stream', IMMUTABLE],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8', SHORT],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8', SHORT],
    ['pagefind/wasm.unknown.pagefind', 'application/octet-stream', SHORT],
    ['posters/2025-09.png', 'image/png', HOUR],
    ['posters/buildings/xiwan-001.3f9a0c1d.png', 'image/png', IMMUTABLE],
    ['og/index.png', 'image/png', HOUR],
    ['photos/0123456789abcdef-800.avif', 'image/avif', IMMUTABLE],
    ['photos/0123456789abcdef-400.webp', 'image/webp', IMMUTABLE],
    ['photos/0123456789abcdef-1200.jpg', 'image/jpeg', IMMUTABLE],
    ['favicon.svg', 'image/svg+xml', HOUR],
    ['site.webmanifest', 'application/manifest+json; charset=utf-8', SHORT],
    ['reading.js', 'text/javascript; charset=utf-8', SHORT],
  ])('%s → %s, %s', (path, type, cache) => {
    expect(headersFor(path)).toEqual({ contentType: type, cacheControl: cache });
  });

  it('refuses a file type it does not know, naming the file', () => {
    expect(() => headersFor('data/report.docx')).toThrow(/data\/report\.docx: .*Content-Type/);
    expect(() => headersFor('LICENSE')).toThrow(/LICENSE/);
  });

  it('knows which downloads are past months (kept forever)', () => {
    expect(isSnapshotDownload('data/snapshots/2024-09.csv')).toBe(true);
    expect(isSnapshotDownload('data/snapshots/latest.csv')).toBe(false);
    expect(isSnapshotDownload('x/data/snapshots/2024-09.csv')).toBe(false);
  });
});
