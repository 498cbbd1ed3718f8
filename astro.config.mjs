// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { readReport } from './src/data/readReport.ts';
import { CSP_DIRECTIVES } from './src/publish/csp.ts';
import { urlsIntegration } from './src/publish/urlsIntegration.ts';
import { photosIntegration } from './src/photos/integration.ts';
import { postersIntegration } from './src/posters/integration.ts';
import { pagefindIntegration } from './src/search/pagefindIntegration.ts';
import { STORY_FEATURES } from './src/data/stories/parseStoryBody.ts';
import { storyRulesPlugin } from './src/data/stories/storyRulesPlugin.ts';
import { dataCheckIntegration } from './src/site/dataCheckIntegration.ts';
import { storyLinksPlugin } from './src/site/storyLinksPlugin.ts';
import { basePathOf } from './src/site/urls.ts';

// The published address comes from the data (report.json `siteUrl`), read by the one report reader, so
// another street only edits data. A broken report.json leaves `site` unset; the loader then fails the
// build with the exact problem.
const site = readReport(process.env.GONGSHI_DATA ?? 'data').report?.siteUrl;
// A siteUrl with a path (https://host/xicun/) publishes the site under it: every link goes through the
// base (src/site/href.ts); a root siteUrl leaves base at `/`.
const base = site ? basePathOf(site) : '/';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // photosIntegration before postersIntegration, which ends the build's shared data load.
  // dataCheckIntegration follows them, reusing that load, and stops a build with bad data before anything
  // is written. urlsIntegration stays last: it lists the files the others wrote (sitemap) in /data/urls.json.
  integrations: [
    mdx(),
    sitemap(),
    photosIntegration(),
    postersIntegration(),
    dataCheckIntegration(process.env.GONGSHI_DATA ?? 'data'),
    pagefindIntegration(),
    urlsIntegration(),
  ],
  // Content-Security-Policy <meta> on every page: only same-origin and Astro-hashed scripts/styles.
  security: { csp: CSP_DIRECTIVES },
  markdown: {
    // Shiki highlights with inline styles, which the CSP forbids; stories are prose without code.
    syntaxHighlight: false,
    // Stories are content, not code: the same checks as validate, on every .md/.mdx before it compiles.
    processor: satteri({
      features: STORY_FEATURES,
      // Then a story's root-absolute site links (`/about/`) go under the base like every other link.
      mdastPlugins: [storyRulesPlugin(process.env.GONGSHI_DATA ?? 'data'), storyLinksPlugin(base)],
    }),
  },
  // Pages are plain HTML; no framework runtime on content pages.
  build: { format: 'directory', inlineStylesheets: 'never' }, // no inline <style>: the _headers CSP has no hashes
  trailingSlash: 'always',
  // Client scripts stay files, never inlined: the _headers CSP allows 'self' scripts but carries no hashes.
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // MDX stories carry Astro's own `"use astro:head-inject"` directive; the bundler's note that it may
        // not survive bundling is about Astro internals, not our content, so it is not shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
