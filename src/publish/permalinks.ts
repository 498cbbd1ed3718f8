// Compare a new build with the last published one: nothing once published may vanish or silently change.
import type { Manifest } from './manifest.ts';

export interface PublishedState {
  manifest: Manifest;
  /** Every public URL of that build (from /data/urls.json); absent for builds that had none. */
  urls: readonly string[] | undefined;
}

export type PermalinkProblem = { kind: 'missing-url'; path: string } | { kind: 'missing-file'; path: string };

/**
 * Every URL and every data file published before must still be published. Whether their content
 * changed is checked cell by cell elsewhere (`publishedHistory.ts`), not by hash: a hash cannot tell
 * which change a correction documents.
 */
export function comparePermalinks(previous: PublishedState, current: PublishedState): PermalinkProblem[] {
  const problems: PermalinkProblem[] = [];
  const currentUrls = new Set([...(current.urls ?? []), ...current.manifest.files.map((f) => f.path)]);
  const previousUrls = new Set(previous.urls ?? []);
  for (const url of previousUrls) {
    if (!currentUrls.has(url)) problems.push({ kind: 'missing-url', path: url });
  }
  for (const before of previous.manifest.files) {
    // Already reported as a missing URL when the old build listed it.
    if (!currentUrls.has(before.path) && !previousUrls.has(before.path))
      problems.push({ kind: 'missing-file', path: before.path });
  }
  return problems;
}

/** One line per problem, in Chinese then English, saying how to fix it. */
export function describePermalinkProblem(problem: PermalinkProblem): string {
  switch (problem.kind) {
    case 'missing-url':
      return `${problem.path}: 已发布的网址在新版本中不存在；已公开的网址不能删除 (a published URL is gone: restore the page or file)`;
    case 'missing-file':
      return `${problem.path}: 已发布的数据文件在新版本中不存在 (a published data file is gone: restore it)`;
  }
}
