// snapshot:add: turn the office's monthly export into data/snapshots/YYYY-MM.csv, but only if the
// whole data directory still validates with it; then say in Chinese what changed.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { decodeText } from '../data/decodeText.ts';
import { formatProblem } from '../data/formatProblems.ts';
import { loadDataset } from '../data/loadDataset.ts';
import { parseReport } from '../data/parseReport.ts';
import type { Month, Problem } from '../data/types.ts';
import { computeStats } from '../stats/computeStats.ts';
import { summariseChanges, summaryText } from './changesSummary.ts';
import { type Cell, csvRows, normaliseSnapshot, type SourceRow } from './importSnapshot.ts';

export interface SnapshotAddOptions {
  input: string;
  month: Month;
  dataDir: string;
  /** Overwrite an existing month (a correction: document it in corrections.csv). */
  replace?: boolean;
  format?: 'text' | 'github';
}

export interface SnapshotAddResult {
  code: 0 | 1;
  /** Everything to print, in order; `stderr` lines are errors. */
  stdout: string[];
  stderr: string[];
  /** Path written, when successful. */
  written?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

async function readSource(
  input: string,
): Promise<{ rows: SourceRow[]; problems: string[]; described: string }> {
  if (/\.xlsx$/i.test(input)) {
    const data = await readSheet(input);
    // Cells are string | number | boolean | Date | null at run time (the package types say `typeof Date`).
    const rows = data.map((cells, i) => ({ line: i + 1, cells: cells as unknown as Cell[] }));
    return { rows, problems: [], described: 'Excel 工作簿（第一个工作表）' };
  }
  const decoded = decodeText(readFileSync(input));
  const { rows, problems } = csvRows(decoded.text, input);
  const encoding = decoded.encoding === 'gb18030' ? 'GBK/GB18030' : decoded.encoding.toUpperCase();
  return { rows, problems, described: `CSV，编码 ${encoding}` };
}

/** Runs the import; never throws for bad input, only for I/O failures. */
export async function snapshotAdd(options: SnapshotAddOptions): Promise<SnapshotAddResult> {
  const { input, month, dataDir } = options;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const fail = (...lines: string[]): SnapshotAddResult => {
    stderr.push(...lines, `没有写入任何文件。(nothing was written)`);
    return { code: 1, stdout, stderr };
  };
  if (!MONTH.test(month)) return fail(`--month “${month}” 无效：请写成 2025-10 这样的 年-月`);
  if (!existsSync(input)) return fail(`找不到文件 ${input}`);

  const reportFile = path.join(dataDir, 'report.json');
  if (!existsSync(reportFile)) return fail(`找不到 ${reportFile}：--data 或 GONGSHI_DATA 指向的不是数据目录`);
  const { report, problems: reportProblems } = parseReport(
    decodeText(readFileSync(reportFile)).text,
    reportFile,
  );
  if (!report) return fail(...reportProblems.map((p) => formatProblem(p, options.format ?? 'text')));

  const target = path.join(dataDir, 'snapshots', `${month}.csv`);
  const existing = [target, path.join(dataDir, 'snapshots', `${month}.json`)].filter((f) => existsSync(f));
  if (existing.length > 0 && !options.replace) {
    return fail(
      `${existing.join('、')} 已存在：${month} 已经发布过。若要更正，请加 --replace，并在 corrections.csv 中登记更正的日期和原因`,
    );
  }

  const source = await readSource(input);
  stdout.push(`读取 ${input}（${source.described}），${month}`);
  if (source.problems.length > 0) return fail(...source.problems);
  const normalised = normaliseSnapshot(source.rows, report.milestones);
  if (!normalised.ok) return fail(...normalised.problems.map((p) => `${input}: ${p}`));

  // Validate a copy of the data directory with the new file in it; write the real one only if clean.
  const scratch = mkdtempSync(path.join(tmpdir(), 'gongshi-snapshot-'));
  try {
    const copy = path.join(scratch, 'data');
    cpSync(dataDir, copy, { recursive: true });
    for (const f of existing) rmSync(path.join(copy, path.relative(dataDir, f)));
    const copyTarget = path.join(copy, 'snapshots', `${month}.csv`);
    writeFileSync(copyTarget, normalised.csv);
    const loaded = await loadDataset(copy);

    const realPath = (file: string): string =>
      file.startsWith(copy) ? path.join(dataDir, path.relative(copy, file)) : file;
    const describe = (p: Problem): string => {
      const line = formatProblem({ ...p, file: realPath(p.file) }, options.format ?? 'text');
      const sourceLine = p.file === copyTarget && p.line > 1 ? normalised.sourceLines[p.line] : undefined;
      return sourceLine === undefined ? line : `${line}（${path.basename(input)} 第${sourceLine}行）`;
    };
    if (!loaded.ok) {
      const errors = loaded.problems.filter((p) => p.severity === 'error');
      return fail(
        ...loaded.problems.map(describe),
        `校验未通过：${errors.length} 个错误。请在表格中改正后重新运行。`,
      );
    }

    for (const f of existing) rmSync(f);
    const partial = `${target}.partial`;
    writeFileSync(partial, normalised.csv);
    renameSync(partial, target);
    stdout.push(...loaded.warnings.map(describe));
    stdout.push(`已写入 ${target}（${normalised.rows} 栋楼）。校验通过。`, '');

    const stats = computeStats(loaded.dataset);
    const changes = stats.changesByMonth[month];
    if (changes)
      stdout.push(summaryText(summariseChanges(changes, loaded.dataset.report, loaded.dataset.buildings)));
    stdout.push('下一步：git add、commit，然后开一个 pull request（见 docs/publishing.md）。');
    return { code: 0, stdout, stderr, written: target };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
