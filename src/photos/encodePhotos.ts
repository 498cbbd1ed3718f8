// Encodes every photo variant once: upright, resized, every metadata block dropped; cached between builds.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { Photo } from '../data/types.ts';
import { photoVariants, type PhotoFormat, type PhotoVariant } from './variants.ts';

/** Encoder settings; a change here gives every cached variant a new name. */
const SETTINGS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 72, effort: 4 },
  jpeg: { quality: 76, mozjpeg: true, progressive: true },
} as const;
const SETTINGS_TAG = createHash('sha256').update(JSON.stringify(SETTINGS)).digest('hex').slice(0, 8);

export interface EncodeOptions {
  /** Site root the variants are written into (dist/). */
  outDir: string;
  /** Where encoded variants are kept between builds. */
  cacheDir: string;
}

export interface EncodeResult {
  files: number;
  encoded: number;
  cached: number;
  ms: number;
}

/**
 * One variant from the original bytes. `rotate()` applies the EXIF orientation to the pixels first; sharp
 * then writes no EXIF, GPS, XMP, IPTC, ICC or thumbnail unless asked to (we never ask).
 */
export function encodeVariant(
  original: Uint8Array,
  variant: Pick<PhotoVariant, 'width' | 'format'>,
): Promise<Buffer> {
  const image = sharp(original).rotate().resize({ width: variant.width, withoutEnlargement: true });
  const format: PhotoFormat = variant.format;
  if (format === 'avif') return image.avif(SETTINGS.avif).toBuffer();
  if (format === 'webp') return image.webp(SETTINGS.webp).toBuffer();
  return image.jpeg(SETTINGS.jpeg).toBuffer();
}

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Writes every variant of every photo into `outDir`, encoding only those not in the cache. */
export async function encodePhotos(photos: readonly Photo[], options: EncodeOptions): Promise<EncodeResult> {
  const started = performance.now();
  const result: EncodeResult = { files: 0, encoded: 0, cached: 0, ms: 0 };
  const seen = new Set<string>();
  await mkdir(options.cacheDir, { recursive: true });
  for (const photo of photos) {
    const variants = photoVariants(photo).filter((v) => !seen.has(v.url));
    if (variants.length === 0) continue;
    let original: Uint8Array | undefined;
    await Promise.all(
      variants.map(async (v) => {
        seen.add(v.url);
        const cached = join(
          options.cacheDir,
          `${photo.hash}-${v.width}-${SETTINGS_TAG}.${v.url.split('.').pop()}`,
        );
        const target = join(options.outDir, ...v.url.split('/'));
        await mkdir(dirname(target), { recursive: true });
        if (await exists(cached)) {
          result.cached += 1;
        } else {
          original ??= await readFile(photo.file);
          const bytes = await encodeVariant(original, v);
          // Write then rename, so an interrupted build never leaves half a file in the cache.
          const partial = `${cached}.${process.pid}.partial`;
          await writeFile(partial, bytes);
          await rename(partial, cached);
          result.encoded += 1;
        }
        await copyFile(cached, target);
        result.files += 1;
      }),
    );
  }
  result.ms = performance.now() - started;
  return result;
}
