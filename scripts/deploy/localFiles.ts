// The files of a build, with the hashes the plan compares, read a few at a time.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../../src/publish/urlsIntegration.ts';
import { HOST_CONFIG_FILES } from './headers.ts';
import type { LocalFile } from './plan.ts';

async function hashFile(file: string): Promise<Omit<LocalFile, 'path'>> {
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  const { size } = await stat(file);
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    sha256.update(chunk);
    md5.update(chunk);
    sha1.update(chunk);
  }
  return { size, sha256: sha256.digest('hex'), md5: md5.digest('hex'), sha1: sha1.digest('hex') };
}

/** Every file under `dir` except host configuration (`_headers`), hashed, 16 files open at most. */
export async function localFiles(dir: string): Promise<LocalFile[]> {
  const paths = listFiles(dir).filter((p) => !HOST_CONFIG_FILES.has(p));
  const files: LocalFile[] = [];
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < paths.length) {
      const p = paths[next++] as string;
      files.push({ path: p, ...(await hashFile(path.join(dir, p))) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, paths.length) }, runner));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
