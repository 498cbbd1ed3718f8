import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { places, writeDataset } from '../../tests/data/tempDataset.ts';
import { formatProblems } from './formatProblems.ts';
import { openDataDir } from './dataFiles.ts';
import { loadDataset } from './loadDataset.ts';

// A file outside the data directory with what must never be read or published.
async function secret(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gongshi-outside-'));
  const file = join(dir, 'secret.md');
  await writeFile(
    file,
    '---\ntitle: 外面\ndate: 2025-09-01\nbuildings: [b1]\ndisplayName: 某\nconsentRecorded: true\nsample: true\nsummary: 外\n---\nAWS_SECRET=hunter2 电话 13812345678 住 302房\n',
  );
  return file;
}

describe('openDataDir: only regular files inside the data directory', () => {
  it('refuses a story that links to a file outside, naming the link, and never reads it', async () => {
    const dir = await writeDataset();
    await mkdir(join(dir, 'stories'), { recursive: true });
    await symlink(await secret(), join(dir, 'stories', 'linked.md'));
    const result = await loadDataset(dir);
    expect(places(result, dir)).toEqual(['stories/linked.md:1:1: error file.symlink']);
    const output = formatProblems(result.ok ? [] : result.problems, 'github');
    expect(output).toContain('stories/linked.md');
    expect(output).not.toMatch(/hunter2|1381234|302房/);
    expect(openDataDir(dir).filesUnder('stories', /\.md$/)).toEqual([]);
  });

  it('refuses a snapshot linked to /etc/passwd or /proc/self/environ without quoting it', async () => {
    const dir = await writeDataset({ 'snapshots/2025-09.csv': null });
    await symlink('/etc/passwd', join(dir, 'snapshots', '2025-09.csv'));
    await symlink('/proc/self/environ', join(dir, 'corrections.csv'));
    const result = await loadDataset(dir);
    expect(places(result, dir)).toEqual([
      'corrections.csv:1:1: error file.symlink',
      'snapshots/2025-09.csv:1:1: error file.symlink',
    ]);
    const output = ['text', 'github', 'json'].map((f) => formatProblems(result.ok ? [] : result.problems, f as 'text')).join();
    expect(output).not.toMatch(/root:|PATH=|HOME=/);
  });

  it('refuses a linked folder and a linked report.json', async () => {
    const outside = await writeDataset();
    const dir = await writeDataset({ 'report.json': null });
    await symlink(join(outside, 'report.json'), join(dir, 'report.json'));
    await symlink(join(outside, 'snapshots'), join(dir, 'more'));
    expect(places(await loadDataset(dir), dir)).toEqual(['more:1:1: error file.symlink', 'report.json:1:1: error file.symlink']);
  });

  it('refuses special files and files over the size limit', async () => {
    const dir = await writeDataset();
    await mkdir(join(dir, 'stories'));
    execFileSync('mkfifo', [join(dir, 'stories', 'pipe.md')]);
    // A pipe would block a reader for ever; it is refused without being opened.
    expect(places(await loadDataset(dir), dir)).toEqual(['stories/pipe.md:1:1: error file.not_regular']);
    const big = await writeDataset({ 'report.json': `{"title": "${'长'.repeat(1 << 20)}"}` });
    expect(places(await loadDataset(big), big)).toContain('report.json:1:1: error file.too_large');
  });

  it('still reads a data directory that is itself reached through a link', async () => {
    const dir = await writeDataset();
    const link = join(tmpdir(), `gongshi-link-${process.pid}-${Math.random()}`);
    await symlink(dir, link);
    expect(places(await loadDataset(link), link)).toEqual([]);
  });
});

describe('photos.csv through the door', () => {
  it('refuses a photos.csv linked to /etc/passwd without quoting it', async () => {
    const dir = await writeDataset();
    await mkdir(join(dir, 'photos'));
    await symlink('/etc/passwd', join(dir, 'photos', 'photos.csv'));
    const result = await loadDataset(dir);
    expect(places(result, dir)).toEqual(['photos/photos.csv:1:1: error file.symlink']);
    expect(formatProblems(result.ok ? [] : result.problems, 'github')).not.toMatch(/root|bin/);
  });
});

describe('file names', () => {
  it('refuses an invisible character in a story file name, shown escaped', async () => {
    const dir = await writeDataset({ 'stories/a\u202Eb.md': '---\ntitle: 好\n---\n' });
    const result = await loadDataset(dir);
    const problems = result.ok ? [] : result.problems;
    const named = problems.find((p) => p.code === 'file.invisible_name');
    expect(named?.file).toBe(`${dir}/stories/a<U+202E>b.md`);
    expect(named?.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
  });
});
