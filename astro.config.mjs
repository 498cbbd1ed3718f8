// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  // Pages are plain HTML; no framework runtime on content pages.
  build: { format: 'directory' },
  trailingSlash: 'always',
});
