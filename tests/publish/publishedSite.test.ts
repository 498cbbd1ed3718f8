// The built sample site: downloads match the manifest byte for byte, every URL is listed, feeds and
// robots are there, and no page loads anything from another origin or runs inline script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/publish/csp.ts';
import type { Manifest } from '../../src/publish/manifest.ts';
import type { UrlList } from '../../src/publish/siteUrls.ts';
import { listFiles } from '../../src/publish/urlsIntegration.ts';
import { distDir, distFile } from '../browser/dist.ts';

const read = (relative: string): string => readFileSync(distFile(relative), 'utf8');
const manifest = (): Manifest => JSON.parse(read('data/manifest.json')) as Manifest;
const report = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../data/report.json'), 'utf8'),
) as {
  siteUrl: string;
};

describe('published data files', () => {
  it('are served exactly as the manifest hashes them', () => {
    const m = manifest();
    expect(m.files.length).toBeGreaterThan(10);
    for (const f of m.files) {
      const bytes = readFileSync(path.join(distDir(), f.path));
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
      expect(bytes.length, f.path).toBe(f.bytes);
    }
  });

  it('have a BOM, CRLF and as many rows as the manifest says', () => {
    for (const f of manifest().files.filter((x) => x.path.endsWith('.csv'))) {
      const text = read(f.path.slice(1));
      expect(text.startsWith('\uFEFF'), f.path).toBe(true);
      expect(text.endsWith('\r\n'), f.path).toBe(true);
      // Only CRLF ends a record: a bare LF would merge two rows and the count would not match.
      const records: string[][] = parse(text, { bom: true, record_delimiter: '\r\n' });
      expect(records.length - 1, f.path).toBe(f.rows);
    }
  });

  it('include every month, latest and both time series', () => {
    const paths = manifest().files.map((f) => f.path);
    const months = manifest()
      .files.filter((f) => f.kind === 'snapshot')
      .map((f) => f.month);
    expect(new Set(months).size).toBeGreaterThanOrEqual(13);
    for (const p of ['latest.csv', 'latest.json']) expect(paths).toContain(`/data/snapshots/${p}`);
    for (const p of ['street', 'communities']) expect(paths).toContain(`/data/timeseries/${p}.csv`);
  });
});

describe('URL list, feeds and robots', () => {
  const urls = (): string[] => (JSON.parse(read('data/urls.json')) as UrlList).urls;

  it('lists every HTML page and file of the build except hashed assets', () => {
    const listed = new Set(urls());
    for (const url of [
      '/',
      '/data/',
      '/changes/',
      '/rss.xml',
      '/robots.txt',
      '/sitemap-index.xml',
      '/data/manifest.json',
    ]) {
      expect(listed, url).toContain(url);
    }
    const pages = listFiles(distDir()).filter((f) => f.endsWith('index.html') && !f.startsWith('_astro/'));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) expect(listed).toContain(`/${page.slice(0, -'index.html'.length)}`);
  });

  it('has one feed item per month, linking its report page', () => {
    const rss = read('rss.xml');
    const items = [...rss.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]);
    const months = manifest().files.filter((f) => f.kind === 'snapshot' && f.path.endsWith('.csv'));
    expect(items).toHaveLength(months.length);
    expect(items[0]).toBe(`${report.siteUrl}reports/${manifest().latestMonth}/`);
  });

  it('points robots.txt at the sitemap on the published site', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${report.siteUrl}sitemap-index.xml`);
    expect(read('sitemap-0.xml')).toContain(`${report.siteUrl}data/`);
  });
});

describe('security', () => {
  const pages = (): string[] => listFiles(distDir()).filter((f) => f.endsWith('.html'));

  it('no page runs inline script or loads anything from another origin', () => {
    for (const page of pages()) {
      const html = read(page);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, page).not.toMatch(/<style[\s>]/);
      expect(html, page).not.toMatch(/\son[a-z]+=/);
      // src=, srcset= and stylesheet/icon/preload links must stay on this site.
      expect(html, page).not.toMatch(/\s(src|srcset)="(https?:)?\/\//);
      expect(html, page).not.toMatch(
        /<link[^>]*rel="(stylesheet|icon|preload|modulepreload)"[^>]*href="(https?:)?\/\//,
      );
    }
  });

  it('every page carries the CSP meta policy without unsafe-inline script', () => {
    for (const page of pages()) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(read(page))?.[1];
      expect(csp, page).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(/script-src[^;]*'unsafe-inline'/.test(csp ?? '')).toBe(false);
    }
  });

  it('_headers repeats the CSP directives and sets the headers Pages cannot', () => {
    const headers = read('_headers');
    const policy = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    for (const d of CSP_DIRECTIVES.directives ?? []) expect(policy).toContain(d);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';"); // Pagefind's WebAssembly, see _headers
    expect(policy).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
  });
});
