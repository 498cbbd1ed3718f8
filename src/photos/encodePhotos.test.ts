import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  imageFilesUnder,
  metadataTags,
  PLANTED_UPRIGHT,
  writePlantedJpeg,
} from '../../tests/data/plantedPhoto.ts';
import { inspectImage } from '../data/photos/inspectImage.ts';
import type { Photo } from '../data/types.ts';
import { encodePhotos } from './encodePhotos.ts';
import { PHOTO_WIDTHS } from './variants.ts';

describe('encodePhotos', async () => {
  const work = await mkdtemp(join(tmpdir(), 'gongshi-photos-'));
  const file = join(work, 'planted.jpg');
  await writePlantedJpeg(file, join(work, 'thumb.jpg'));
  const inspected = await inspectImage(await readFile(file), file);
  if (!inspected.ok) throw new Error(inspected.message);
  const photo: Photo = { file, alt: '测试照片', credit: '测试', ...inspected.info };
  const options = { outDir: join(work, 'dist'), cacheDir: join(work, 'cache') };
  const first = await encodePhotos([photo], options);

  it('the planted file really carries GPS, a serial and a thumbnail', () => {
    const tags = metadataTags([file]).join('\n');
    expect(tags).toMatch(/GPSLatitude/);
    expect(tags).toMatch(/SerialNumber/);
    expect(tags).toMatch(/ThumbnailImage/);
  });

  it('publishes every width in AVIF, WebP and JPEG, upright, with no metadata left', async () => {
    const files = imageFilesUnder(options.outDir);
    expect(files).toHaveLength(PHOTO_WIDTHS.length * 3);
    expect(metadataTags(files)).toEqual([]);
    for (const f of files) {
      const meta = await sharp(f).metadata();
      expect(meta.width / meta.height).toBeCloseTo(PLANTED_UPRIGHT.width / PLANTED_UPRIGHT.height, 2);
      expect(meta.orientation ?? 1).toBe(1);
    }
    // Upright means the stored top (red) is now on the right: orientation 6 turns it clockwise.
    const jpeg = files.find((f) => f.endsWith('-400.jpg')) ?? '';
    const { data } = await sharp(jpeg)
      .resize(4, 2, { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const red = (x: number): number => data[x * 3] ?? 0;
    expect(red(3)).toBeGreaterThan(150);
    expect(red(0)).toBeLessThan(100);
  });

  it('never publishes the original bytes', async () => {
    const original = await readFile(file);
    for (const f of imageFilesUnder(options.outDir)) expect((await readFile(f)).equals(original)).toBe(false);
  });

  it('re-encodes nothing when the photos have not changed', async () => {
    expect(first.encoded).toBe(PHOTO_WIDTHS.length * 3);
    const again = await encodePhotos([photo], { ...options, outDir: join(work, 'dist2') });
    expect(again).toMatchObject({ encoded: 0, cached: PHOTO_WIDTHS.length * 3 });
    expect((await readdir(join(work, 'dist2', 'photos'))).length).toBe(PHOTO_WIDTHS.length * 3);
  });
});
