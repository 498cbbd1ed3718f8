// The gongshi() Astro integration: the one place a build's configuration is resolved (data directory,
// published address and path) and every build step is registered, in the order they depend on each other.
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { resolveGongshiConfig } from './config/gongshiConfig.ts';
import { virtualConfig } from './config/virtualConfig.ts';
import { STORY_FEATURES } from './data/stories/parseStoryBody.ts';
import { storyRulesPlugin } from './data/stories/storyRulesPlugin.ts';
import { photosIntegration } from './photos/integration.ts';
import { postersIntegration } from './posters/integration.ts';
import { urlsIntegration } from './publish/urlsIntegration.ts';
import { pagefindIntegration } from './search/pagefindIntegration.ts';
import { dataCheckIntegration } from './build/dataCheckIntegration.ts';
import { storyLinksPlugin } from './build/storyLinksPlugin.ts';

export default function gongshi(): AstroIntegration {
  return {
    name: 'gongshi',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const resolved = resolveGongshiConfig(fileURLToPath(config.root));
        updateConfig({
          // A broken report.json leaves `site` unset; the data check then stops the build with the problem.
          ...(resolved.site ? { site: resolved.site } : {}),
          // A siteUrl with a path (https://host/xicun/) publishes the site under it (src/build/href.ts).
          base: resolved.base,
          // photos before posters, which end the build's shared data load; the data check follows them,
          // reusing that load, and stops a build with bad data before anything is written; the URL list
          // stays last: it lists the files the others wrote.
          integrations: [
            mdx(),
            sitemap(),
            photosIntegration(resolved),
            postersIntegration(resolved),
            dataCheckIntegration(resolved.dataDir),
            pagefindIntegration(),
            urlsIntegration(),
          ],
          markdown: {
            // Stories are content, not code: the same checks as validate, on every .md/.mdx before it
            // compiles; then a story's root-absolute site links (`/about/`) go under the base.
            processor: satteri({
              features: STORY_FEATURES,
              mdastPlugins: [storyRulesPlugin(resolved.dataDir), storyLinksPlugin(resolved.base)],
            }),
          },
          vite: { plugins: [virtualConfig(resolved)] },
        });
      },
    },
  };
}
