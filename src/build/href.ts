// Links as pages write them: a site path from urls.ts under the path the site is published under, from
// report.json siteUrl, the same value astro.config.mjs gives Astro as `base`. Not import.meta.env.BASE_URL:
// in server code Astro lets any BASE_URL environment variable override it (vitest sets one).
// Pages and components only; browser scripts take import.meta.env.BASE_URL, which Vite fixes from `base`.
import { report } from './dataset.ts';
import { basePathOf, pathWithBase, pathWithoutBase, srcsetWithBase } from '../urls.ts';

/** The path the site is published under, `/` or e.g. `/xicun/`. */
export const BASE = basePathOf(report.siteUrl);

/** The link to a site path: `href={withBase(buildingUrl(id))}`. */
export const withBase = (sitePath: string): string => pathWithBase(BASE, sitePath);

/** A `srcset` with every URL under the base. */
export const withBaseSrcset = (value: string): string => srcsetWithBase(BASE, value);

/** The site path of the page being rendered (`Astro.url.pathname` carries the base). */
export const sitePathOf = (pathname: string): string => pathWithoutBase(BASE, pathname);
