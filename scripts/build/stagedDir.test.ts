import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingParts, prepareStaging, replaceWithStaging, stagedDir } from './stagedDir.ts';

function site(dir: string, marker: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), marker);
}
const marker = (dir: string): string => readFileSync(path.join(dir, 'index.html'), 'utf8');

describe('staged build folders', () => {
  it('stages beside the output folder, never inside it', () => {
    const dirs = stagedDir('/x/site/dist');
    expect(dirs).toEqual({
      final: '/x/site/dist',
      staging: '/x/site/.dist.staging',
      previous: '/x/site/.dist.previous',
    });
  });

  it('replaces the site with a finished staging folder', () => {
    const dirs = stagedDir(path.join(mkdtempSync(path.join(tmpdir(), 'staged-')), 'dist'));
    site(dirs.final, 'old');
    site(dirs.staging, 'new');
    replaceWithStaging(dirs);
    expect(marker(dirs.final)).toBe('new');
    expect(existsSync(dirs.staging) || existsSync(dirs.previous)).toBe(false);
  });

  it('clears what a failed build left and puts back a site a killed swap set aside', () => {
    const dirs = stagedDir(path.join(mkdtempSync(path.join(tmpdir(), 'staged-')), 'dist'));
    site(dirs.previous, 'old');
    site(path.join(dirs.staging, '.prerender'), 'server code');
    prepareStaging(dirs);
    expect(marker(dirs.final)).toBe('old');
    expect(existsSync(dirs.staging)).toBe(false);
    expect(existsSync(dirs.previous)).toBe(false);
  });

  it('names the parts a staging folder lacks', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'staged-'));
    site(dir, 'x');
    expect(missingParts(dir, ['index.html', 'pagefind/pagefind.js'])).toEqual(['pagefind/pagefind.js']);
  });
});
