// Astro integration: after the build, list every public URL in dist/data/urls.json.
// Keep it last in `integrations` so files written by other build:done hooks (sitemap) are listed.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { urlsListUrl } from '../urls.ts';
import { urlList } from './siteUrls.ts';

/** Relative `/`-separated paths of every file under `dir`. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

export function urlsIntegration(): AstroIntegration {
  return {
    name: 'gongshi:urls',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const list = urlList(listFiles(root));
        const out = path.join(root, urlsListUrl());
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, `${JSON.stringify(list, null, 2)}\n`);
        logger.info(`listed ${list.urls.length} public URLs in ${urlsListUrl()}`);
      },
    },
  };
}
