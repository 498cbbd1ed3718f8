// Astro integration: render every poster and Open Graph card into dist/, the posters partly while the
// pages are being rendered.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { GongshiConfig } from '../config/gongshiConfig.ts';
import { formatProblem } from '../data/formatProblems.ts';
import { uiFor } from '../i18n/uiTable.ts';
import { shareDataset, sharedDataset, unshareDataset } from '../build/sharedDataset.ts';
import { buildPosters, warmPosterCache, type CacheWarming } from './buildPosters.ts';
import { ogJob, posterJobs } from './jobs.ts';
import { ogFacts } from './ogFacts.ts';
import { ogPages } from './ogPages.ts';
import { progressReporter } from './progress.ts';

/**
 * Posters and cards, rendered on all cores and cached in `config.posterCacheDir` (`.cache/posters/`, or
 * GONGSHI_POSTER_CACHE: the scale bench gives each run its own cache; safe to delete).
 *
 * At `astro:build:start` it loads the data once for the whole build (the pages reuse that load, see
 * `src/build/sharedDataset.ts`) and starts rendering the posters, which need only the data, on all cores
 * but one while Astro renders the pages. The cards need the built pages, so they wait for `astro:build:done`.
 */
export function postersIntegration(
  config: Pick<GongshiConfig, 'dataDir' | 'posterCacheDir'>,
): AstroIntegration {
  let root = process.cwd();
  let warming: Promise<CacheWarming | undefined> = Promise.resolve(undefined);
  const dataDir = (): string => config.dataDir;
  // This module is bundled by Vite during the build, so the worker is found from the project root;
  // Node 22 runs the .ts worker directly.
  const paths = (): { cacheDir: string; workerFile: string } => ({
    cacheDir: config.posterCacheDir,
    workerFile: resolve(root, 'src/posters/worker.ts'),
  });
  return {
    name: 'gongshi:posters',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        // Not awaited: Vite bundles meanwhile. Invalid data is reported by the pages' own load.
        warming = shareDataset(dataDir())
          .then((loaded) =>
            loaded.ok
              ? warmPosterCache(
                  posterJobs(loaded.dataset, loaded.stats, uiFor(loaded.dataset.report.locale).posters),
                  paths(),
                )
              : undefined,
          )
          .catch((error: unknown) => {
            logger.warn(
              `posters not started early: ${error instanceof Error ? error.message : String(error)}`,
            );
            return undefined;
          });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const loaded = await sharedDataset(dataDir());
        unshareDataset(dataDir());
        const early = await (await warming)?.stop();
        if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p, 'text')).join('\n'));
        const { dataset, stats } = loaded;
        const text = uiFor(dataset.report.locale).posters;
        const pages = await ogPages(outDir, dataset.report);
        const facts = ogFacts(dataset, stats, text);
        const jobs = [
          ...posterJobs(dataset, stats, text),
          ...pages.map((p) => ({
            ...ogJob(dataset.report, text, p.pagePath, p, facts.get(p.pagePath)),
            path: p.imagePath,
          })),
        ];
        const cpu = process.cpuUsage();
        const result = await buildPosters(jobs, {
          outDir,
          ...paths(),
          onProgress: progressReporter((line) => logger.info(line)),
          prune: true,
        });
        const { user, system } = process.cpuUsage(cpu);
        logger.info(
          `${result.files} posters and cards (${pages.length} pages): ${result.rendered} rendered, ` +
            `${result.cached} from cache (${early ?? 0} of them rendered while the pages were built), ` +
            `in ${Math.round(result.ms)} ms, ${((user + system) / 1e6).toFixed(1)} s CPU`,
        );
        if (result.corrupt > 0) {
          logger.warn(
            `${result.corrupt} cached posters were damaged or had no stored hash, and were rendered again`,
          );
        }
        if (result.pruned > 0) logger.info(`removed ${result.pruned} unused posters from the cache`);
      },
    },
  };
}
