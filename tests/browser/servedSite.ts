// The built site on the local static server and one headless Chromium, started before a test file's
// browser tests and closed after them, so each file does not repeat the same beforeAll/afterAll.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, visit, type Visit, type VisitOptions } from './browser.ts';
import { distDir } from './dist.ts';
import { serveStatic, type StaticServer } from './server.ts';

export interface ServedSite {
  /** `http://127.0.0.1:<port>` of the running server. */
  readonly origin: string;
  /** Open a path of the site in a fresh browser context (browser.ts `visit`). */
  visit(urlPath: string, options: VisitOptions): Promise<Visit>;
}

/** Serve the build and launch Chromium for the calling test file; both are closed after its tests. */
export function serveSite(): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(distDir());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = (): { server: StaticServer; browser: Browser } => {
    if (!server || !browser) throw new Error('the site is served only while the file’s tests run');
    return { server, browser };
  };
  return {
    get origin() {
      return started().server.origin;
    },
    visit(urlPath, options) {
      const { server: s, browser: b } = started();
      return visit(b, s.origin, urlPath, options);
    },
  };
}
