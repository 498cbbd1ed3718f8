// Astro integration: after `astro build`, index the building, community and story pages with Pagefind
// (its Node API, so it follows whatever --outDir the build used) into <outDir>/pagefind/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Pages the search covers; each marks its content with data-pagefind-body (Base `indexed`). */
export const INDEXED_PAGES = '{buildings,communities,stories}/*/index.html';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'gongshi:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({});
          if (index === undefined) throw new Error(`pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(`pagefind: ${problems.join('; ')}`);
          if (added.page_count === 0)
            throw new Error('pagefind indexed no pages: is data-pagefind-body missing?');
          logger.info(
            `search index: ${String(added.page_count)} pages in ${String(Math.round(performance.now() - started))} ms`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
