// The published site against the data under review: every published month, the registry and the
// monthly figures, cell by cell; then every correction must have documented something.
import { CorrectionMatcher, unusedCorrections } from '../../src/data/correctionMatcher.ts';
import type { Dataset, Problem } from '../../src/data/types.ts';
import type { DownloadFile } from '../../src/publish/downloads.ts';
import { sha256 } from '../../src/publish/manifest.ts';
import { compareRegistry, compareSeries, compareSnapshot } from '../../src/publish/publishedHistory.ts';
import { tableFromCsv, tableFromJson } from '../../src/publish/publishedTables.ts';
import type { PublishedSource } from './publishedSource.ts';

export interface HistoryCheck {
  problems: Problem[];
  /** Published data files compared cell by cell (the others were byte-identical). */
  compared: string[];
}

/**
 * Compare `published` with the downloads the data would publish now (`current`, built from `dataset`).
 * `unusedByLoader` are the corrections.csv lines the loader's own checks did not use.
 */
export async function compareHistory(
  published: PublishedSource,
  current: readonly DownloadFile[],
  dataset: Dataset,
  unusedByLoader: ReadonlySet<number>,
  files: { corrections: string; buildings: string },
): Promise<HistoryCheck> {
  const matcher = new CorrectionMatcher(dataset.corrections);
  const byPath = new Map(current.map((f) => [f.path, f]));
  const problems: Problem[] = [];
  const compared: string[] = [];
  const latestPublished = published.manifest.latestMonth ?? '';
  for (const entry of published.manifest.files) {
    const now = byPath.get(entry.path);
    // Gone files are reported by the URL check; each table is compared once, in its JSON form
    // (the registry is published as CSV only).
    const json = entry.path.endsWith('.json');
    if (!now || (entry.kind === 'registry' ? json : !json)) continue;
    if (entry.kind === 'latest' || sha256(now.body) === entry.sha256) continue;
    const text = await published.read(entry.path);
    if (sha256(text) !== entry.sha256) {
      throw new Error(
        `${published.where}${entry.path}: 内容与 manifest.json 的 sha256 不符，已发布的网站不完整或被改动`,
      );
    }
    compared.push(entry.path);
    if (entry.kind === 'snapshot' && entry.month !== undefined) {
      const before = tableFromJson(text, entry.path);
      problems.push(
        ...compareSnapshot(entry.month, before, tableFromJson(now.body, entry.path), dataset, matcher),
      );
    } else if (entry.kind === 'timeseries') {
      problems.push(
        ...compareSeries(
          entry.path,
          tableFromJson(text, entry.path),
          tableFromJson(now.body, entry.path),
          dataset,
          matcher,
        ),
      );
    } else if (entry.kind === 'registry') {
      problems.push(
        ...compareRegistry(
          tableFromCsv(text),
          tableFromCsv(now.body),
          latestPublished,
          files.buildings,
          matcher,
          dataset.corrections,
        ),
      );
    }
  }
  const unused = dataset.corrections.filter((c) => unusedByLoader.has(c.line) && !matcher.isUsed(c));
  problems.push(...unusedCorrections(unused, new CorrectionMatcher([]), files.corrections, 'error'));
  return { problems, compared };
}
