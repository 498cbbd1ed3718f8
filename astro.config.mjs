// @ts-check
import { defineConfig } from 'astro/config';
import gongshi from './src/gongshi.ts';
import { CSP_DIRECTIVES } from './src/publish/csp.ts';

export default defineConfig({
  // The data directory, site address and path, and every build step: src/gongshi.ts.
  integrations: [gongshi()],
  // Content-Security-Policy <meta> on every page: only same-origin and Astro-hashed scripts/styles.
  security: { csp: CSP_DIRECTIVES },
  // Shiki highlights with inline styles, which the CSP forbids; stories are prose without code.
  markdown: { syntaxHighlight: false },
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
