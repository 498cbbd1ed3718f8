// npm run inbox: import every file the office uploaded to inbox/, as snapshot:add does, remove the ones
// imported, and describe the outcome as one Markdown comment for the pull request.
import { entityWords } from '../data/programmeWords.ts';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Month } from '../data/types.ts';
import { inboxComment } from './inboxComment.ts';
import type { InboxFile, InboxResult } from './inboxResult.ts';
import { inboxMonth } from './inboxMonth.ts';
import { makeTemplate } from './makeTemplate.ts';
import { snapshotAdd } from './snapshotAdd.ts';
import type { SourceMessage } from './sourceProblems.ts';

export interface InboxOptions {
  dataDir: string;
  inboxDir: string;
  /**
   * The base branch's data directory. A month in `dataDir` but not there was added by this pull request,
   * so a re-upload replaces it; a month published there needs the corrections route.
   */
  baseDataDir?: string;
  /** Where annotated copies and next month's template are written (the workflow uploads them). */
  outDir?: string;
  /** The workflow run whose artifacts hold the preview site and those files. */
  runUrl?: string;
}

// Files a repository keeps in inbox/ to exist and explain itself; never imported.
const KEPT = /^(\.|readme(\.md)?$)/i;

/** Imports the inbox; never throws for bad input. */
export async function runInbox(options: InboxOptions): Promise<InboxResult> {
  const names = existsSync(options.inboxDir)
    ? readdirSync(options.inboxDir)
        .filter((n) => !KEPT.test(n))
        .sort()
    : [];
  const files: InboxFile[] = [];
  const byMonth = new Map<Month, string[]>();
  const queued: Array<{ name: string; month: Month }> = [];
  for (const name of names) {
    const full = path.join(options.inboxDir, name);
    if (!statSync(full).isFile()) {
      files.push({
        name,
        ok: false,
        problems: [error(`${name}：是文件夹，不是表格：请只上传 .xlsx 或 .csv 文件`)],
      });
      continue;
    }
    const parsed = inboxMonth(name);
    if (!parsed.ok) files.push({ name, ok: false, problems: [error(parsed.message)] });
    else byMonth.set(parsed.month, [...(byMonth.get(parsed.month) ?? []), name]);
  }
  for (const [month, group] of byMonth) {
    if (group.length === 1) queued.push({ name: group[0] ?? '', month });
    else
      for (const name of group) {
        const list = group.map((n) => `“${n}”`).join('、');
        files.push({
          name,
          month,
          ok: false,
          problems: [error(`${list} 都是 ${month} 的数据，不知道该用哪一个：请删除多余的文件，只留一个`)],
        });
      }
  }
  // Months in order, so October's import is the base November is compared with.
  queued.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  if (options.outDir) mkdirSync(options.outDir, { recursive: true });
  for (const { name, month } of queued) files.push(await importOne(name, month, options));

  const imported = files.filter((f) => f.ok);
  // Next month's template, named as the inbox expects it back.
  const made =
    imported.length > 0 && options.outDir
      ? await makeTemplate({ dataDir: options.dataDir, outDir: options.outDir })
      : undefined;
  const template = made?.code === 0 ? made.out : undefined;
  const failed = files.some((f) => !f.ok);
  const result = { code: failed ? 1 : 0, files, ...(template ? { template } : {}) } as const;
  return { ...result, comment: inboxComment(result, options.runUrl) };
}

const error = (text: string): SourceMessage => ({ text, severity: 'error' });

async function importOne(name: string, month: Month, options: InboxOptions): Promise<InboxFile> {
  const input = path.join(options.inboxDir, name);
  const target = (dir: string): boolean =>
    ['csv', 'json'].some((ext) => existsSync(path.join(dir, 'snapshots', `${month}.${ext}`)));
  // Re-uploading a month this pull request added replaces it; a month already published does not.
  const replace =
    options.baseDataDir !== undefined && target(options.dataDir) && !target(options.baseDataDir);
  const annotate =
    options.outDir && /\.xlsx$/i.test(name)
      ? path.join(options.outDir, name.replace(/\.xlsx$/i, '-标红.xlsx'))
      : undefined;
  const result = await snapshotAdd({
    input,
    month,
    dataDir: options.dataDir,
    replace,
    ...(annotate ? { annotate } : {}),
  });
  const read = /^读取 .*?（(.*)），\d{4}-\d{2}$/.exec(result.stdout[0] ?? '')?.[1];
  const base = { name, month, problems: result.problems, ...(read ? { read } : {}) };
  if (result.code !== 0 || !result.written || !result.dataset || !result.stats) {
    return { ...base, ok: false, ...(annotate && existsSync(annotate) ? { annotated: annotate } : {}) };
  }
  rmSync(input);
  const series = result.stats.street.series;
  const at = series.findIndex((f) => f.month === month);
  const current = series[at];
  const previous = at > 0 ? series[at - 1] : undefined;
  return {
    ...base,
    ok: true,
    // As the repository shows it: data/snapshots/2025-10.csv.
    written: path.join(
      path.basename(path.resolve(options.dataDir)),
      path.relative(options.dataDir, result.written),
    ),
    rows: result.dataset.snapshots.find((s) => s.month === month)?.rows.length ?? 0,
    milestones: result.dataset.report.milestones,
    words: entityWords(result.dataset.report.entity),
    ...(result.summary ? { summary: result.summary } : {}),
    ...(current ? { figures: { current, ...(previous ? { previous } : {}) } } : {}),
  };
}
