// Every public URL in one place: pages, posters and downloads agree on them, and they never change.
// Builders return site paths, from the site's root (`/buildings/x/`); a site published under a path
// (siteUrl `https://host/xicun/`, Astro `base`) puts them under it with `pathWithBase` where a link is
// written (src/build/href.ts in pages), and `absoluteUrl` for QR codes and feeds. Root base: unchanged.
import type { Month } from './data/types.ts';

export const homeUrl = (): string => '/';
export const communitiesIndexUrl = (): string => '/communities/';
export const communityUrl = (id: string): string => `/communities/${id}/`;
export const buildingUrl = (id: string): string => `/buildings/${id}/`;
export const buildingsIndexUrl = (): string => '/buildings/';
export const reportsIndexUrl = (): string => '/reports/';
export const reportUrl = (month: Month): string => `/reports/${month}/`;
export const storiesUrl = (): string => '/stories/';
export const storyUrl = (slug: string): string => `/stories/${slug}/`;
export const aboutUrl = (): string => '/about/';
export const dataUrl = (): string => '/data/';
export const searchUrl = (): string => '/search/';
export const changesUrl = (): string => '/changes/';
export const rssUrl = (): string => '/rss.xml';
export const faviconUrl = (): string => '/favicon.svg';
/** Pagefind's browser bundle, written by src/search/pagefindIntegration.ts; loaded only by /search/. */
export const searchBundleUrl = (): string => '/pagefind/pagefind.js';
/** The guide, optionally at one step's anchor: `/guide/#permit`. */
export const guideUrl = (step?: string): string => (step ? `/guide/#${step}` : '/guide/');
/** The reading-mode script in public/, loaded in every page's <head>. */
export const readingScriptUrl = (): string => '/reading.js';
/** The read-aloud button's script in public/, loaded only by pages that have the button. */
export const readAloudScriptUrl = (): string => '/read-aloud.js';

export const streetPosterUrl = (month: Month): string => `/posters/${month}.png`;
export const streetPrintPosterUrl = (month: Month): string => `/posters/print/${month}.png`;
export const communityPosterUrl = (id: string): string => `/posters/communities/${id}.png`;
export const communityPrintPosterUrl = (id: string): string => `/posters/print/communities/${id}.png`;
export const buildingPosterUrl = (id: string): string => `/posters/buildings/${id}.png`;
export const buildingPrintPosterUrl = (id: string): string => `/posters/print/buildings/${id}.png`;
export const storyPosterUrl = (slug: string): string => `/posters/stories/${slug}.png`;
export const storyPrintPosterUrl = (slug: string): string => `/posters/print/stories/${slug}.png`;

/** Open Graph card for a page path: `/` → `/og/index.png`, `/buildings/x/` → `/og/buildings/x.png`. */
export function ogImageUrl(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** A base path with one leading and one trailing slash: `xicun` → `/xicun/`, `` → `/`. */
export function normalizeBase(base: string): string {
  const inner = base
    .split('/')
    .filter((part) => part !== '')
    .join('/');
  return inner === '' ? '/' : `/${inner}/`;
}

/** The path a site is published under, from its address: `https://host/xicun/` → `/xicun/`. */
export const basePathOf = (siteUrl: string): string => normalizeBase(new URL(siteUrl).pathname);

/**
 * A site path under the base path: `/buildings/x/` → `/xicun/buildings/x/`, `/` → `/xicun/`. The site
 * path's own trailing slash (or file name) is kept; base `/` changes nothing. What is no site path
 * (`#main`, `https://…`, `tel:…`, `//host/…`) is returned as it is.
 */
export function pathWithBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = normalizeBase(base);
  return prefix === '/' ? path : `${prefix}${path.slice(1)}`;
}

/** Every URL of a `srcset` (`url 400w, url 800w`) under the base path. */
export function srcsetWithBase(base: string, srcset: string): string {
  if (normalizeBase(base) === '/') return srcset;
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [pathWithBase(base, url), ...descriptors].join(' ');
    })
    .join(', ');
}

/** The site path of a pathname served under the base path: `/xicun/about/` → `/about/`; others as they are. */
export function pathWithoutBase(base: string, pathname: string): string {
  const prefix = normalizeBase(base);
  if (prefix === '/') return pathname;
  if (pathname === prefix.slice(0, -1)) return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}

/** Absolute URL on the published site, for QR codes and feeds (under siteUrl's own path). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** One published size and format of a photo: `/photos/<hash prefix>-<width>.<ext>`. */
export const photoVariantUrl = (hash: string, width: number, ext: string): string =>
  `/photos/${hash.slice(0, 16)}-${width}.${ext}`;

// Open data downloads (/data/): permanent, like the pages.
export const snapshotCsvUrl = (month: Month | 'latest'): string => `/data/snapshots/${month}.csv`;
export const snapshotJsonUrl = (month: Month | 'latest'): string => `/data/snapshots/${month}.json`;
export const streetSeriesUrl = (ext: 'csv' | 'json'): string => `/data/timeseries/street.${ext}`;
export const communitySeriesUrl = (ext: 'csv' | 'json'): string => `/data/timeseries/communities.${ext}`;
export const buildingsCsvUrl = (): string => '/data/buildings.csv';
export const manifestUrl = (): string => '/data/manifest.json';
export const urlsListUrl = (): string => '/data/urls.json';
