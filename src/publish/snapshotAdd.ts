// snapshot:add: turn the office's monthly export into data/snapshots/YYYY-MM.csv, but only if the
// whole data directory still validates with it; then say in Chinese what changed.
import { entityWords } from '../data/programmeWords.ts';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { openDataDir } from '../data/dataFiles.ts';
import { decodeText } from '../data/decodeText.ts';
import { formatProblem } from '../data/formatProblems.ts';
import { loadDataset } from '../data/loadDataset.ts';
import { parseBuildings } from '../data/parseBuildings.ts';
import { readReport } from '../data/readReport.ts';
import type { Dataset, Month, Problem } from '../data/types.ts';
import { uiFor } from '../i18n/uiTable.ts';
import { computeStats } from '../stats/computeStats.ts';
import type { SiteStats } from '../stats/types.ts';
import { annotateSheet } from '../workbook/annotateWorkbook.ts';
import { cellRef } from '../workbook/cellRef.ts';
import { readWorkbook } from '../workbook/readWorkbook.ts';
import { type MonthSummary, summariseChanges, summaryText } from './changesSummary.ts';
import { csvRows, normaliseSnapshot, type SourceRow } from './importSnapshot.ts';
import { describeProblems, type SourceFile, type SourceMessage } from './sourceProblems.ts';

export interface SnapshotAddOptions {
  input: string;
  month: Month;
  dataDir: string;
  /** Overwrite an existing month (a correction: document it in corrections.csv). */
  replace?: boolean;
  format?: 'text' | 'github';
  /** Write a copy of the office's .xlsx here with each bad cell red and its message as a comment. */
  annotate?: string;
  /** The clock: a month after the current one is refused (default: now; tests freeze it). */
  now?: Date;
}

export interface SnapshotAddResult {
  code: 0 | 1;
  /** Everything to print, in order; `stderr` lines are errors. */
  stdout: string[];
  stderr: string[];
  /** Path written, when successful. */
  written?: string;
  /** Every problem in the office's terms (sheet and cell, or CSV line and column). */
  problems: SourceMessage[];
  /** What changed, with the dataset and statistics it was computed from, when successful. */
  summary?: MonthSummary;
  dataset?: Dataset;
  stats?: SiteStats;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// Far above any month's table (a few hundred KB); checked before the file is read into memory.
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

interface Source {
  rows: SourceRow[];
  problems: string[];
  described: string;
  file: SourceFile;
  date1904?: boolean;
  sheet?: ExcelJS.Worksheet;
  workbook?: ExcelJS.Workbook;
}

async function readSource(input: string): Promise<Source> {
  const size = statSync(input).size;
  if (size > MAX_INPUT_BYTES) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const problem = `${input}: 文件有 ${mb(size)}，超过上限 ${mb(MAX_INPUT_BYTES)}：请只保存本月的进展表`;
    return { rows: [], problems: [problem], described: '', file: { kind: 'csv', file: input } };
  }
  if (/\.xlsx$/i.test(input)) {
    const read = await readWorkbook(readFileSync(input));
    if (!read.ok) {
      return {
        rows: [],
        problems: [`${input}: ${read.message}`],
        described: 'Excel 工作簿',
        file: { kind: 'csv', file: input },
      };
    }
    const name = read.sheet.name;
    return {
      rows: read.rows,
      problems: [],
      described: `Excel 工作簿，读取工作表“${name}”${read.date1904 ? '，1904 日期系统' : ''}`,
      file: { kind: 'xlsx', file: input, sheet: name },
      date1904: read.date1904,
      sheet: read.sheet,
      workbook: read.workbook,
    };
  }
  const decoded = decodeText(readFileSync(input));
  const { rows, problems } = csvRows(decoded.text, input);
  const encoding = decoded.encoding === 'gb18030' ? 'GBK/GB18030' : decoded.encoding.toUpperCase();
  return { rows, problems, described: `CSV，编码 ${encoding}`, file: { kind: 'csv', file: input } };
}

/** Building id → address from buildings.csv, for messages (empty when it cannot be read). */
function addresses(dataDir: string): Map<string, string> {
  const read = openDataDir(dataDir).read('buildings.csv', 'table');
  if (read.kind !== 'text') return new Map();
  const { buildings } = parseBuildings(read.text, path.join(dataDir, 'buildings.csv'));
  return new Map(buildings.map((b) => [b.id, b.address]));
}

/** Runs the import; never throws for bad input, only for I/O failures. */
export async function snapshotAdd(options: SnapshotAddOptions): Promise<SnapshotAddResult> {
  const { input, month, dataDir } = options;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const problems: SourceMessage[] = [];
  const fail = (...lines: string[]): SnapshotAddResult => {
    // Problems found before validation are the lines themselves; after it, they were described already.
    if (problems.length === 0) problems.push(...lines.map((text) => ({ text, severity: 'error' as const })));
    stderr.push(...lines, `没有写入任何文件。(nothing was written)`);
    return { code: 1, stdout, stderr, problems };
  };
  if (!MONTH.test(month)) return fail(`--month “${month}” 无效：请写成 2025-10 这样的 年-月`);
  if (!existsSync(input)) return fail(`找不到文件 ${input}`);

  const reportFile = path.join(dataDir, 'report.json');
  // Through the data directory's one door: a linked or oversized report.json is refused, not read.
  const { report, missing, problems: reportProblems } = readReport(dataDir);
  if (missing) return fail(`找不到 ${reportFile}：--data 或 GONGSHI_DATA 指向的不是数据目录`);
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
  const { file: sourceFile } = source;
  const words = entityWords(report.entity);
  const normalised = normaliseSnapshot(source.rows, report.milestones, {
    date1904: source.date1904 === true,
    noun: words.noun,
    ...(sourceFile.kind === 'xlsx' ? { place: (line, index) => cellRef(sourceFile.sheet, line, index) } : {}),
  });
  if (!normalised.ok) return fail(...normalised.problems.map((p) => `${input}: ${p}`));

  // Validate a copy of the data directory with the new file in it; write the real one only if clean.
  const scratch = mkdtempSync(path.join(tmpdir(), 'gongshi-snapshot-'));
  try {
    const copy = path.join(scratch, 'data');
    cpSync(dataDir, copy, { recursive: true });
    for (const f of existing) rmSync(path.join(copy, path.relative(dataDir, f)));
    const copyTarget = path.join(copy, 'snapshots', `${month}.csv`);
    writeFileSync(copyTarget, normalised.csv);
    const loaded = await loadDataset(copy, { now: options.now ?? new Date() });

    const realPath = (file: string): string =>
      file.startsWith(copy) ? path.join(dataDir, path.relative(copy, file)) : file;
    const lastLine = source.rows.reduce((n, r) => Math.max(n, r.line), 1);
    const clerkTerms = (found: readonly Problem[], cells = normalised.cellProblems): SourceMessage[] =>
      describeProblems(
        {
          source: sourceFile,
          canonicalFile: copyTarget,
          realPath,
          milestones: report.milestones,
          sourceLines: normalised.sourceLines,
          columns: normalised.columns,
          ids: normalised.ids,
          addresses: addresses(dataDir),
          lastLine,
        },
        cells,
        found,
      );
    // GitHub annotations must point at files in the repository: the canonical snapshot.
    const github = (p: Problem): string => formatProblem({ ...p, file: realPath(p.file) }, 'github');
    const found = loaded.ok ? [] : loaded.problems;
    if (!loaded.ok || normalised.cellProblems.length > 0) {
      const messages = clerkTerms(found);
      problems.push(...messages);
      const errors = messages.filter((m) => m.severity === 'error').length;
      const lines = options.format === 'github' ? found.map(github) : messages.map((m) => m.text);
      if (options.annotate) lines.push(await annotate(source, messages, options.annotate));
      return fail(...lines, `校验未通过：${errors} 个错误。请在表格中改正后重新运行。`);
    }
    const describe = (p: Problem): string =>
      options.format === 'github' ? github(p) : (clerkTerms([p], [])[0]?.text ?? formatProblem(p, 'text'));

    for (const f of existing) rmSync(f);
    const partial = `${target}.partial`;
    writeFileSync(partial, normalised.csv);
    renameSync(partial, target);
    stdout.push(...loaded.warnings.map(describe));
    stdout.push(`已写入 ${target}（${normalised.rows} ${words.counter}${words.item}）。校验通过。`, '');

    if (options.annotate) stdout.push(`没有发现问题，不需要标红的副本（未写入 ${options.annotate}）。`);
    const stats = computeStats(loaded.dataset);
    const changes = stats.changesByMonth[month];
    // The summary in the words of the site it will be published on.
    const { feeds } = uiFor(loaded.dataset.report.locale);
    const summary = changes
      ? summariseChanges(changes, loaded.dataset.report, loaded.dataset.buildings, feeds)
      : undefined;
    if (summary) stdout.push(summaryText(summary, feeds));
    stdout.push('下一步：git add、commit，然后开一个 pull request（见 docs/publishing.md）。');
    return {
      code: 0,
      stdout,
      stderr,
      written: target,
      problems: loaded.warnings.length > 0 ? clerkTerms(loaded.warnings, []) : [],
      dataset: loaded.dataset,
      stats,
      ...(summary ? { summary } : {}),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes the office's workbook with the problems marked; returns the line to print. */
async function annotate(source: Source, messages: readonly SourceMessage[], out: string): Promise<string> {
  if (!source.workbook || !source.sheet) return `标红的副本只能为 .xlsx 文件生成（${out} 未写入）。`;
  const marks = messages.flatMap((m) => (m.cell ? [{ ...m.cell, message: m.text }] : []));
  annotateSheet(source.sheet, marks);
  await source.workbook.xlsx.writeFile(out);
  return `已写入标红的副本 ${out}：出错的 ${new Set(marks.map((m) => `${m.line}:${m.index}`)).size} 个单元格已填成红色，鼠标移到格子上可看到说明。`;
}
