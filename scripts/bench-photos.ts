// npm run bench:photos [-- --photos N]: encoding N 12-megapixel phone photos into every published variant
// (widths × AVIF/WebP/JPEG), cold and then warm from the cache. Prints one JSON line.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { Photo } from '../src/data/types.ts';
import { encodePhotos } from '../src/photos/encodePhotos.ts';

const { values } = parseArgs({ options: { photos: { type: 'string', default: '100' } } });
const count = Number(values.photos);
const WIDTH = 4000;
const HEIGHT = 3000;

const dir = await mkdtemp(join(tmpdir(), 'gongshi-bench-photos-'));
try {
  const photos: Photo[] = [];
  for (let i = 0; i < count; i += 1) {
    const file = join(dir, `photo-${i}.jpg`);
    // Textured pixels (not a flat colour), so the encoders do the work a real photo asks of them.
    const raw = Buffer.alloc(WIDTH * HEIGHT * 3);
    for (let j = 0; j < raw.length; j += 997) raw[j] = (i * 31 + j) % 256;
    await sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .blur(3)
      .jpeg({ quality: 85 })
      .toFile(file);
    const hash = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    photos.push({ file, alt: '测试照片', credit: '基准测试', width: WIDTH, height: HEIGHT, hash });
  }
  const options = { outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') };
  const cold = await encodePhotos(photos, options);
  const warm = await encodePhotos(photos, options);
  console.log(
    JSON.stringify({
      photos: count,
      variants: cold.files,
      cold_s: +(cold.ms / 1000).toFixed(1),
      warm_s: +(warm.ms / 1000).toFixed(2),
      warm_encoded: warm.encoded,
      cpus: cpus().length,
      load: +(loadavg()[0] ?? 0).toFixed(1),
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
