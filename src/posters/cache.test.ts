import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFile, cacheHashFile, isCached, pruneCache, readCached, storeInCache } from './cache.ts';

const temp = mkdtempSync(join(tmpdir(), 'gongshi-cache-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const key = (n: number): string => n.toString(16).padStart(64, 'a');
const png = (text: string): Uint8Array => new TextEncoder().encode(`\x89PNG${text}`);

describe('poster cache', () => {
  const dir = join(temp, 'verify');

  it('returns a stored PNG byte for byte', async () => {
    await storeInCache(dir, key(1), png('one'));
    expect(isCached(dir, key(1))).toBe(true);
    const read = await readCached(dir, key(1));
    expect(read.status).toBe('hit');
    expect(read.status === 'hit' && Buffer.from(read.png).equals(Buffer.from(png('one')))).toBe(true);
    expect(await readCached(dir, key(2))).toEqual({ status: 'miss' });
  });

  it('refuses and removes a truncated entry', async () => {
    await storeInCache(dir, key(3), png('three, long enough to cut'));
    writeFileSync(cacheFile(dir, key(3)), readFileSync(cacheFile(dir, key(3))).subarray(0, 10));
    expect(await readCached(dir, key(3))).toEqual({ status: 'corrupt' });
    expect(existsSync(cacheFile(dir, key(3)))).toBe(false);
    expect(existsSync(cacheHashFile(dir, key(3)))).toBe(false);
  });

  it('refuses an entry replaced by another file of the same size', async () => {
    await storeInCache(dir, key(4), png('four'));
    writeFileSync(cacheFile(dir, key(4)), png('FOUR'));
    expect(await readCached(dir, key(4))).toEqual({ status: 'corrupt' });
  });

  it('refuses an entry without its hash file', async () => {
    await storeInCache(dir, key(5), png('five'));
    rmSync(cacheHashFile(dir, key(5)));
    expect(isCached(dir, key(5))).toBe(false);
    expect(await readCached(dir, key(5))).toEqual({ status: 'corrupt' });
    expect(existsSync(cacheFile(dir, key(5)))).toBe(false);
  });
});

describe('pruneCache', () => {
  it('removes entries not used and not touched since the build started', async () => {
    const dir = join(temp, 'prune');
    for (const n of [1, 2, 3]) await storeInCache(dir, key(n), png(String(n)));
    const old = new Date(Date.now() - 3_600_000);
    for (const n of [1, 2]) {
      utimesSync(cacheFile(dir, key(n)), old, old);
      utimesSync(cacheHashFile(dir, key(n)), old, old);
    }
    writeFileSync(`${cacheFile(dir, key(9))}.1.x.tmp`, 'half');
    utimesSync(`${cacheFile(dir, key(9))}.1.x.tmp`, old, old);
    const since = Date.now() - 60_000;
    // 1 is used by this build; 2 is unused and old; 3 was written by a build running beside this one.
    expect(await pruneCache(dir, new Set([key(1)]), since)).toBe(1);
    expect(isCached(dir, key(1))).toBe(true);
    expect(isCached(dir, key(2))).toBe(false);
    expect(isCached(dir, key(3))).toBe(true);
    expect(existsSync(`${cacheFile(dir, key(9))}.1.x.tmp`)).toBe(false);
    expect(await pruneCache(join(temp, 'absent'), new Set(), since)).toBe(0);
  });
});
