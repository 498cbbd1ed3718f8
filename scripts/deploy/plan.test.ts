import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  isPointer,
  parseState,
  planDeploy,
  type DeployState,
  type LocalFile,
  type RemoteFile,
} from './plan.ts';

const hash = (algorithm: string, text: string): string => createHash(algorithm).update(text).digest('hex');
function local(path: string, content = path): LocalFile {
  return {
    path,
    size: Buffer.byteLength(content),
    sha256: hash('sha256', content),
    md5: hash('md5', content),
    sha1: hash('sha1', content),
  };
}
const remote = (file: LocalFile, hashes: RemoteFile['hashes'] = {}): RemoteFile => ({
  path: file.path,
  size: file.size,
  hashes,
});
function stateOf(files: LocalFile[], kept: string[] = []): DeployState {
  return {
    schema: 1,
    files: Object.fromEntries(files.map((f) => [f.path, { size: f.size, sha256: f.sha256 }])),
    kept,
  };
}

describe('planDeploy', () => {
  const v1 = [
    local('index.html', 'home v1'),
    local('_astro/a.111.css'),
    local('posters/2025-09.png', 'poster v1'),
    local('data/snapshots/2025-08.csv'),
    local('data/snapshots/latest.csv', 'latest v1'),
    local('old/index.html'),
    local('pagefind/pagefind-entry.json', 'entry v1'),
  ];
  const v2 = [
    local('index.html', 'home v2'),
    local('_astro/a.222.css'),
    local('posters/2025-09.png', 'poster v2'), // same size, other bytes
    local('data/snapshots/latest.csv', 'latest v2'),
    local('pagefind/pagefind-entry.json', 'entry v1'),
  ];

  it('uploads everything to an empty remote, pages last', () => {
    const plan = planDeploy(v1, [], undefined);
    expect(plan.pages.map((u) => u.path)).toEqual([
      'index.html',
      'old/index.html',
      'pagefind/pagefind-entry.json',
    ]);
    expect(plan.assets).toHaveLength(4);
    expect(plan.assets.every((u) => u.reason === 'new')).toBe(true);
    expect(plan.delete).toEqual([]);
  });

  it('uploads only changed files, by the remote hash or else by the recorded one', () => {
    for (const hashes of [
      (f: LocalFile) => ({ md5: f.md5 }),
      (f: LocalFile) => ({ sha1: f.sha1 }),
      () => ({}),
    ]) {
      const plan = planDeploy(
        v2,
        v1.map((f) => remote(f, hashes(f))),
        stateOf(v1),
      );
      expect([...plan.assets, ...plan.pages].map((u) => `${u.path} ${u.reason}`).sort()).toEqual([
        '_astro/a.222.css new',
        'data/snapshots/latest.csv changed',
        'index.html changed',
        'posters/2025-09.png changed',
      ]);
      expect(plan.unchanged).toBe(1);
    }
  });

  it('re-uploads a file of the same size when there is no hash and no record to vouch for it', () => {
    const plan = planDeploy(
      v2,
      v1.map((f) => remote(f)),
      undefined,
    );
    expect(plan.unchanged).toBe(0);
  });

  it('deletes what the last deploy published and this build lacks, pages first; never old snapshots', () => {
    const plan = planDeploy(
      v2,
      v1.map((f) => remote(f)),
      stateOf(v1),
    );
    expect(plan.delete).toEqual(['old/index.html']);
    expect(plan.keptSnapshots).toEqual(['data/snapshots/2025-08.csv']);
    // the old stylesheet stays one more deploy, for pages readers still have cached
    expect(plan.keptAssets).toEqual(['_astro/a.111.css']);
    expect(plan.state.kept).toEqual(['_astro/a.111.css']);
    expect(Object.keys(plan.state.files).sort()).toEqual(v2.map((f) => f.path).sort());

    const next = planDeploy(
      v2,
      [...v1, ...v2].map((f) => remote(f)),
      plan.state,
    );
    expect(next.delete).toEqual(['_astro/a.111.css']);
    expect(next.keptSnapshots).toEqual(['data/snapshots/2025-08.csv']);
  });

  it('never deletes files no deploy of ours published, nor its own folder', () => {
    const strangers = [local('office/notice.pdf'), local('.gongshi-deploy/upload/index.html')];
    const plan = planDeploy(
      v2,
      [...v1, ...strangers].map((f) => remote(f)),
      stateOf(v1),
    );
    expect(plan.delete).toEqual(['old/index.html']);
    expect(plan.foreign).toBe(1);
    expect(
      planDeploy(
        v2,
        v1.map((f) => remote(f)),
        undefined,
      ).delete,
    ).toEqual([]);
  });
});

describe('isPointer', () => {
  it('marks pages and the files that list others', () => {
    for (const p of [
      'index.html',
      'rss.xml',
      'sitemap-0.xml',
      'data/urls.json',
      'pagefind/pagefind-entry.json',
    ]) {
      expect(isPointer(p), p).toBe(true);
    }
    for (const p of [
      '_astro/a.css',
      'data/snapshots/latest.json',
      'posters/2025-09.png',
      'pagefind/pagefind.js',
    ]) {
      expect(isPointer(p), p).toBe(false);
    }
  });
});

describe('parseState', () => {
  it('reads a record and ignores a missing or damaged one', () => {
    expect(parseState(JSON.stringify({ schema: 1, files: {}, kept: [] }))).toEqual({
      schema: 1,
      files: {},
      kept: [],
    });
    expect(parseState(undefined)).toBeUndefined();
    expect(parseState('{"schema":1,')).toBeUndefined();
    expect(parseState('{"schema":2,"files":{},"kept":[]}')).toBeUndefined();
  });
});
