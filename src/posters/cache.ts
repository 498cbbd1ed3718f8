// Rendered PNGs keyed by a hash of everything that affects them; the folder is safe to delete.
// Each entry is `<key>.png` plus `<key>.sha256`, the PNG's own hash: an entry whose bytes no longer match
// (truncated by a full disk, replaced by another file, restored from a damaged CI cache) is never used.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TEMPLATE_VERSION } from './templates/index.ts';
import { posterSize, type PosterModel } from './types.ts';

/** sha256 of (template version, model JSON, font hash, size). Models are built in a fixed key order. */
export function posterKey(model: PosterModel, fontHash: string): string {
  const size = posterSize(model);
  return createHash('sha256')
    .update(JSON.stringify([TEMPLATE_VERSION, model, fontHash, size.width, size.height]))
    .digest('hex');
}

/** File of a cache key: `<dir>/ab/abcdef….png`. */
export function cacheFile(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.png`);
}

/** The stored sha256 of an entry's PNG, beside it. */
export function cacheHashFile(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.sha256`);
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Whether an entry is present (not whether it is intact: `readCached` checks that). */
export function isCached(dir: string, key: string): boolean {
  return existsSync(cacheHashFile(dir, key)) && existsSync(cacheFile(dir, key));
}

export type CacheRead = { status: 'hit'; png: Buffer } | { status: 'miss' } | { status: 'corrupt' };

/**
 * The PNG of an entry if its bytes still have the stored hash. A damaged entry is removed and reported
 * as `corrupt`, so the caller renders the poster again. A hit also marks the entry as used now
 * (its time is what `pruneCache` spares).
 */
export async function readCached(dir: string, key: string): Promise<CacheRead> {
  let png: Buffer;
  let stored: string;
  try {
    [png, stored] = await Promise.all([
      readFile(cacheFile(dir, key)),
      readFile(cacheHashFile(dir, key), 'utf8'),
    ]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // Half an entry (a build killed between the two writes, or one file lost) is as good as none.
    if (!existsSync(cacheFile(dir, key)) && !existsSync(cacheHashFile(dir, key))) return { status: 'miss' };
    await removeEntry(dir, key);
    return { status: 'corrupt' };
  }
  if (stored.trim() !== sha256(png)) {
    await removeEntry(dir, key);
    return { status: 'corrupt' };
  }
  const now = new Date();
  await utimes(cacheHashFile(dir, key), now, now).catch(() => undefined);
  return { status: 'hit', png };
}

async function removeEntry(dir: string, key: string): Promise<void> {
  await Promise.all([rm(cacheFile(dir, key), { force: true }), rm(cacheHashFile(dir, key), { force: true })]);
}

async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

/**
 * Store a PNG and then its hash, each written then renamed, so a killed build never leaves half a file
 * and an entry without its hash file is not used.
 */
export async function storeInCache(dir: string, key: string, png: Uint8Array): Promise<string> {
  const file = cacheFile(dir, key);
  await mkdir(dirname(file), { recursive: true });
  await writeAtomically(file, png);
  await writeAtomically(cacheHashFile(dir, key), `${sha256(png)}\n`);
  return file;
}

/**
 * Remove every entry whose key is not in `used` and that nobody wrote or read since `since` (ms epoch):
 * a build run beside this one, with other data, keeps what it is using. Also removes stale temp files.
 * Returns how many entries were removed.
 */
export async function pruneCache(dir: string, used: ReadonlySet<string>, since: number): Promise<number> {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const shard of await readdir(dir, { withFileTypes: true })) {
    if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
    const folder = join(dir, shard.name);
    const names = await readdir(folder);
    const keys = new Set(names.flatMap((n) => /^([0-9a-f]{64})\.(png|sha256)$/.exec(n)?.[1] ?? []));
    for (const key of keys) {
      if (used.has(key)) continue;
      const times = await Promise.all(
        [cacheFile(dir, key), cacheHashFile(dir, key)].map((f) =>
          stat(f).then(
            (s) => s.mtimeMs,
            () => 0,
          ),
        ),
      );
      if (Math.max(...times) >= since) continue;
      await removeEntry(dir, key);
      removed++;
    }
    for (const name of names.filter((n) => n.endsWith('.tmp'))) {
      const file = join(folder, name);
      const mtime = await stat(file).then(
        (s) => s.mtimeMs,
        () => Infinity,
      );
      if (mtime < since) await rm(file, { force: true });
    }
  }
  return removed;
}
