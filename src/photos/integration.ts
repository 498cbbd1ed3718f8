// Astro integration: after the pages, write every photo variant into dist/photos/ (cached in .cache/photos/).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { GongshiConfig } from '../config/gongshiConfig.ts';
import { sharedDataset } from '../build/sharedDataset.ts';
import { encodePhotos } from './encodePhotos.ts';

/**
 * Must come before the posters integration, which ends the build's shared data load. Variants are cached in
 * `config.photoCacheDir` by the photo's content hash (`.cache/photos/`, or GONGSHI_PHOTO_CACHE; safe to delete).
 */
export function photosIntegration(
  config: Pick<GongshiConfig, 'dataDir' | 'photoCacheDir'>,
): AstroIntegration {
  return {
    name: 'gongshi:photos',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const loaded = await sharedDataset(config.dataDir);
        if (!loaded.ok) return; // the pages' own load has already failed the build with every problem
        const { photos, storyPhotos } = loaded.dataset;
        const result = await encodePhotos([...photos, ...storyPhotos], {
          outDir: fileURLToPath(dir),
          cacheDir: config.photoCacheDir,
        });
        logger.info(
          `${photos.length + storyPhotos.length} photos, ${result.files} files: ${result.encoded} encoded, ` +
            `${result.cached} from cache, in ${Math.round(result.ms)} ms`,
        );
      },
    },
  };
}
