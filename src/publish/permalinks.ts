// Compare a new build with the last published one: nothing once published may vanish or silently change.
import type { Month } from '../data/types.ts';
import type { Manifest } from './manifest.ts';

export interface PublishedState {
  manifest: Manifest;
  /** Every public URL of that build (from /data/urls.json); absent for builds that had none. */
  urls: readonly string[] | undefined;
}

export type PermalinkProblem =
  | { kind: 'missing-url'; path: string }
  | { kind: 'missing-file'; path: string }
  | { kind: 'changed-snapshot'; path: string; month: Month; before: string; after: string };

/**
 * Problems of `current` against `previous`:
 * - every URL and every data file published before must still be published;
 * - a snapshot file (a month's record) must keep its exact bytes, unless `correctedMonths`
 *   holds its month: data/corrections.csv documents a correction for that month.
 * `latest`, time series and the registry change every month and are only checked to exist.
 */
export function comparePermalinks(
  previous: PublishedState,
  current: PublishedState,
  correctedMonths: ReadonlySet<Month>,
): PermalinkProblem[] {
  const problems: PermalinkProblem[] = [];
  const currentUrls = new Set([...(current.urls ?? []), ...current.manifest.files.map((f) => f.path)]);
  for (const url of previous.urls ?? []) {
    if (!currentUrls.has(url)) problems.push({ kind: 'missing-url', path: url });
  }
  const currentFiles = new Map(current.manifest.files.map((f) => [f.path, f]));
  for (const before of previous.manifest.files) {
    const after = currentFiles.get(before.path);
    if (!after) {
      // Already reported as a missing URL when the old build listed it.
      if (!(previous.urls ?? []).includes(before.path))
        problems.push({ kind: 'missing-file', path: before.path });
      continue;
    }
    if (before.kind !== 'snapshot' || before.month === undefined) continue;
    if (before.sha256 !== after.sha256 && !correctedMonths.has(before.month)) {
      problems.push({
        kind: 'changed-snapshot',
        path: before.path,
        month: before.month,
        before: before.sha256,
        after: after.sha256,
      });
    }
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
    case 'changed-snapshot':
      return `${problem.path}: ${problem.month} 的快照与已发布版本不同（sha256 ${problem.before.slice(0, 12)}… → ${problem.after.slice(0, 12)}…）；若是更正，请在 data/corrections.csv 登记 ${problem.month} 的更正（日期和原因），否则请恢复原文件 (a published snapshot changed: document the correction in data/corrections.csv or restore the file)`;
  }
}
