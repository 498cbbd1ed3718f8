// Data the loader refuses stops the build before any page is written: a story linked from outside the data
// directory (Astro's own loader would follow it) and a name the posters cannot draw.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
mkdirSync(path.join(root, '.cache'), { recursive: true });
const work = mkdtempSync(path.join(root, '.cache', 'refused-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the sample changed by `change`; returns the exit status, output and HTML files written. */
function build(
  name: string,
  change: (dataDir: string) => void,
): { status: number | null; output: string; html: number } {
  const dataDir = path.join(work, name, 'data');
  const outDir = path.join(work, name, 'dist');
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  change(dataDir);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, GONGSHI_DATA: dataDir },
    encoding: 'utf8',
  });
  const html = existsSync(outDir)
    ? readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length
    : 0;
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, html };
}

describe('refused data stops the build before pages are written', () => {
  it('a story that is a symbolic link to a file outside the data directory', () => {
    const outside = path.join(work, 'outside.md');
    writeFileSync(
      outside,
      '---\ntitle: 外面\ndate: 2025-09-01\nbuildings: [xiwandong-001]\ndisplayName: 某\nconsentRecorded: true\nsample: true\nsummary: 外\n---\n秘密 13812345678 住 302房\n',
    );
    const result = build('symlink', (dir) => symlinkSync(outside, path.join(dir, 'stories', 'linked.md')));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/stories\/linked\.md:1:1: error: 这是符号链接/);
    expect(result.output).not.toMatch(/13812345678|302房/);
    expect(result.html).toBe(0);
  }, 180_000);

  it('a community name with a character the poster fonts lack', () => {
    const result = build('emoji', (dir) => {
      const file = path.join(dir, 'communities.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('\nxiwan,西湾,', '\nxiwan,西湾😀,'));
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/communities\.csv:2:2: error: name 的第 3 个字符是表情符号/);
    expect(result.html).toBe(0);
  }, 180_000);
});
