// The one way tests reach the built site: `distDir()` returns the directory tests/global-setup.ts built
// (or GONGSHI_TEST_DIST). Page-content tests anywhere under tests/ call it instead of building again.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built sample site (the `dist/` of `npm run build`). */
    distDir: string;
  }
}

/** Absolute path of the built site, provided once per test run by tests/global-setup.ts. */
export function distDir(): string {
  return inject('distDir');
}

/** Absolute path of a file in the built site, e.g. `distFile('about/index.html')`. */
export function distFile(relative: string): string {
  return path.join(distDir(), relative);
}

/** Absolute path of the HTML file a site URL like `/communities/xiwan/` is served from. */
export function htmlFileFor(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const file = clean.endsWith('/') ? `${clean}index.html` : clean;
  return path.join(distDir(), file);
}

/** True when the built site has a page at this URL. */
export function hasPage(urlPath: string): boolean {
  return existsSync(htmlFileFor(urlPath));
}
