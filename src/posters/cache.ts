// Rendered PNGs keyed by a hash of everything that affects them; the folder is safe to delete.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TEMPLATE_VERSION } from './templates/index.ts';
import { POSTER_SIZES, type PosterModel } from './types.ts';

/** sha256 of (template version, model JSON, font hash, size). Models are built in a fixed key order. */
export function posterKey(model: PosterModel, fontHash: string): string {
  const size = POSTER_SIZES[model.kind];
  return createHash('sha256')
    .update(JSON.stringify([TEMPLATE_VERSION, model, fontHash, size.width, size.height]))
    .digest('hex');
}

/** File of a cache key: `<dir>/ab/abcdef….png`. */
export function cacheFile(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.png`);
}

export function isCached(dir: string, key: string): boolean {
  return existsSync(cacheFile(dir, key));
}

/** Store a PNG atomically (write then rename), so a killed build never leaves half a file. */
export async function storeInCache(dir: string, key: string, png: Uint8Array): Promise<string> {
  const file = cacheFile(dir, key);
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, png);
  await rename(temp, file);
  return file;
}
