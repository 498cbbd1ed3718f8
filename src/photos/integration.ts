// Astro integration: after the pages, write every photo variant into dist/photos/ (cached in .cache/photos/).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sharedDataset } from '../site/sharedDataset.ts';
import { encodePhotos } from './encodePhotos.ts';

/**
 * Must come before the posters integration, which ends the build's shared data load. Variants are cached in
 * `.cache/photos/` by the photo's content hash (GONGSHI_PHOTO_CACHE moves it; safe to delete).
 */
export function photosIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gongshi:photos',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const loaded = await sharedDataset(resolve(root, process.env['GONGSHI_DATA'] ?? 'data'));
        if (!loaded.ok) return; // the pages' own load has already failed the build with every problem
        const { photos, storyPhotos } = loaded.dataset;
        const result = await encodePhotos([...photos, ...storyPhotos], {
          outDir: fileURLToPath(dir),
          cacheDir: resolve(root, process.env['GONGSHI_PHOTO_CACHE'] ?? '.cache/photos'),
        });
        logger.info(
          `${photos.length + storyPhotos.length} photos, ${result.files} files: ${result.encoded} encoded, ` +
            `${result.cached} from cache, in ${Math.round(result.ms)} ms`,
        );
      },
    },
  };
}
