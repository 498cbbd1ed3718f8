// Astro integration: after `astro build`, render every poster and Open Graph card into dist/.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../data/formatProblems.ts';
import { loadDataset } from '../data/loadDataset.ts';
import { computeStats } from '../stats/computeStats.ts';
import { buildPosters } from './buildPosters.ts';
import { ogJob, posterJobs } from './jobs.ts';
import { ogPages } from './ogPages.ts';

/**
 * Posters and cards, rendered on all cores and cached in `.cache/posters/` (safe to delete), or in
 * GONGSHI_POSTER_CACHE (the scale bench gives each run its own cache).
 */
export function postersIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gongshi:posters',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const loaded = await loadDataset(resolve(root, process.env['GONGSHI_DATA'] ?? 'data'));
        if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p, 'text')).join('\n'));
        const { dataset } = loaded;
        const stats = computeStats(dataset);
        const pages = await ogPages(outDir, dataset.report);
        const jobs = [
          ...posterJobs(dataset, stats),
          ...pages.map((p) => ({ ...ogJob(dataset.report, p.pagePath, p), path: p.imagePath })),
        ];
        // This module is bundled by Vite during the build, so the worker is found from the project root;
        // Node 22 runs the .ts worker directly.
        const result = await buildPosters(jobs, {
          outDir,
          cacheDir: resolve(root, process.env['GONGSHI_POSTER_CACHE'] ?? '.cache/posters'),
          workerFile: resolve(root, 'src/posters/worker.ts'),
        });
        logger.info(
          `${result.files} posters and cards (${pages.length} pages): ${result.rendered} rendered, ` +
            `${result.cached} from cache, in ${Math.round(result.ms)} ms`,
        );
      },
    },
  };
}
