// npm run template: the month's Excel template, written only from a data directory that validates.
import { entityWords } from '../data/programmeWords.ts';
import path from 'node:path';
import { loadDataset } from '../data/loadDataset.ts';
import { formatProblem } from '../data/formatProblems.ts';
import type { Month } from '../data/types.ts';
import { formatMonth } from '../format/dates.ts';
import { addMonths } from '../stats/months.ts';
import { templateRows, templateWorkbook } from '../workbook/templateWorkbook.ts';

export interface MakeTemplateOptions {
  dataDir: string;
  /** Default: the month after the latest snapshot. */
  month?: Month;
  /** Default: `<month>.xlsx` in `outDir` (default the current directory), the name the inbox expects. */
  out?: string;
  outDir?: string;
}

export interface MakeTemplateResult {
  code: 0 | 1;
  lines: string[];
  out?: string;
  month?: Month;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Writes the template; never throws for bad data, only for I/O failures. */
export async function makeTemplate(options: MakeTemplateOptions): Promise<MakeTemplateResult> {
  if (options.month !== undefined && !MONTH.test(options.month)) {
    return { code: 1, lines: [`--month “${options.month}” 无效：请写成 2025-10 这样的 年-月`] };
  }
  const loaded = await loadDataset(options.dataDir);
  if (!loaded.ok) {
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    return {
      code: 1,
      lines: [
        ...errors.map((p) => formatProblem(p, 'text')),
        `数据目录有 ${errors.length} 个错误，请先改正（npm run validate）。没有生成模板。`,
      ],
    };
  }
  const { dataset } = loaded;
  const latest = dataset.snapshots.at(-1)?.month;
  const month = options.month ?? (latest ? addMonths(latest, 1) : undefined);
  if (!month) return { code: 1, lines: ['没有任何快照，无法推断月份：请加 --month YYYY-MM'] };
  const out = options.out ?? path.join(options.outDir ?? '.', `${month}.xlsx`);
  const rows = templateRows(dataset, month);
  const words = entityWords(dataset.report.entity);
  await templateWorkbook(dataset, month).xlsx.writeFile(out);
  const from = dataset.snapshots.filter((s) => s.month < month).at(-1)?.month;
  const lines = [
    `已写入 ${out}：${formatMonth(month)}的进展表模板，${rows.length} ${words.counter}${words.item}（${from ? `预填了 ${formatMonth(from)}的情况` : `第一个月，全部符合条件的${words.noun}`}）。`,
  ];
  if (dataset.snapshots.some((s) => s.month === month)) {
    lines.push(`注意：${month} 已经发布过；重新导入需要 --replace，并在 corrections.csv 中登记更正。`);
  }
  return { code: 0, lines, out, month };
}
