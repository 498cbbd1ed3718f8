import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestEntry } from './manifest.ts';
import { comparePermalinks, describePermalinkProblem, type PublishedState } from './permalinks.ts';
import { urlList, urlOfFile } from './siteUrls.ts';

function entry(path: string, sha: string, kind: ManifestEntry['kind'] = 'snapshot'): ManifestEntry {
  const month = /(\d{4}-\d{2})\./.exec(path)?.[1];
  return {
    path,
    mediaType: 'text/csv; charset=utf-8',
    kind,
    ...(kind === 'snapshot' && month ? { month } : {}),
    rows: 1,
    bytes: 10,
    sha256: sha.repeat(64).slice(0, 64),
  };
}

function state(files: ManifestEntry[], urls: readonly string[]): PublishedState {
  const manifest: Manifest = {
    schema: 1,
    title: 't',
    site: 'https://example.org/',
    licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    latestMonth: '2025-09',
    files,
  };
  return { manifest, urls };
}

const before = state(
  [entry('/data/snapshots/2025-08.csv', 'a'), entry('/data/snapshots/latest.csv', 'b', 'latest')],
  ['/', '/reports/2025-08/', '/data/snapshots/2025-08.csv', '/data/snapshots/latest.csv'],
);

describe('comparePermalinks', () => {
  it('passes when everything old is still there, even if latest changed', () => {
    const after = state(
      [
        entry('/data/snapshots/2025-08.csv', 'a'),
        entry('/data/snapshots/2025-09.csv', 'c'),
        entry('/data/snapshots/latest.csv', 'c', 'latest'),
      ],
      [...(before.urls ?? []), '/reports/2025-09/', '/data/snapshots/2025-09.csv'],
    );
    expect(comparePermalinks(before, after)).toEqual([]);
  });

  it('fails when an old URL is removed', () => {
    const after = state(before.manifest.files, [
      '/',
      '/data/snapshots/2025-08.csv',
      '/data/snapshots/latest.csv',
    ]);
    const problems = comparePermalinks(before, after);
    expect(problems).toEqual([{ kind: 'missing-url', path: '/reports/2025-08/' }]);
    expect(describePermalinkProblem(problems[0]!)).toMatch(/^\/reports\/2025-08\/: 已发布的网址/);
  });

  it('reports a data file missing from a build that listed no URLs', () => {
    const old: PublishedState = { manifest: before.manifest, urls: undefined };
    const after = state([entry('/data/snapshots/latest.csv', 'b', 'latest')], []);
    expect(comparePermalinks(old, after)).toEqual([
      { kind: 'missing-file', path: '/data/snapshots/2025-08.csv' },
    ]);
  });
});

describe('urlList', () => {
  it('maps output files to URLs and skips hashed assets', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('reports/2025-09/index.html')).toBe('/reports/2025-09/');
    expect(urlOfFile('404.html')).toBe('/404.html');
    expect(urlOfFile('_astro/page.abc123.css')).toBeUndefined();
    expect(urlOfFile('_headers')).toBeUndefined();
    expect(urlList(['b/index.html', 'rss.xml', 'pagefind/x.js', 'index.html']).urls).toEqual([
      '/',
      '/b/',
      '/rss.xml',
    ]);
  });
});
