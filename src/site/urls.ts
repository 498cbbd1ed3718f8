// Every public URL in one place: pages, posters and downloads agree on them, and they never change.
import type { Month } from '../data/types.ts';

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

/** Open Graph card for a page path: `/` → `/og/index.png`, `/buildings/x/` → `/og/buildings/x.png`. */
export function ogImageUrl(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** Absolute URL on the published site, for QR codes and feeds. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** One published size and format of a photo: `/photos/<hash prefix>-<width>.<ext>`. */
export const photoVariantUrl = (hash: string, width: number, ext: string): string =>
  `/photos/${hash.slice(0, 16)}-${width}.${ext}`;
