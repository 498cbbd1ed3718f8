// npm run attention -- [--data DIR] [--month YYYY-MM] [--format text|csv]: the office's list for its
// monthly meeting (buildings past the 75th percentile at their step, paused and disputed buildings,
// eligible buildings without a group), grouped by community. Printed only; never published on the site.
import { entityWords } from '../src/data/programmeWords.ts';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/data/formatProblems.ts';
import { loadDataset } from '../src/data/loadDataset.ts';
import type { Dataset } from '../src/data/types.ts';
import { formatDecimal, formatMonth, stageLabel } from '../src/format/index.ts';
import { uiFor } from '../src/i18n/uiTable.ts';
import { writeCsv } from '../src/publish/writeCsv.ts';
import { attentionList, type AttentionItem, type AttentionList } from '../src/stats/attention.ts';
import { dataDirOption } from '../src/config/gongshiConfig.ts';

export interface AttentionIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

const USAGE = '用法 usage: npm run attention -- [--data DIR] [--month YYYY-MM] [--format text|csv]';
type Format = 'text' | 'csv';

interface Options {
  dir: string;
  month: string | undefined;
  format: Format;
}

function parseArgs(argv: readonly string[], env: AttentionIo['env']): Options | string {
  const options: Options = { dir: dataDirOption(undefined, env), month: undefined, format: 'text' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = inline ?? argv[i + 1];
    if (flag !== '--data' && flag !== '--month' && flag !== '--format')
      return `未知参数 unknown argument “${arg}”\n${USAGE}`;
    if (value === undefined || value === '') return `${flag} 需要一个值\n${USAGE}`;
    if (inline === undefined) i += 1;
    if (flag === '--data') options.dir = value;
    else if (flag === '--month') {
      if (!/^\d{4}-\d{2}$/.test(value))
        return `--month 应写成 YYYY-MM，例如 2025-09，而不是“${value}”\n${USAGE}`;
      options.month = value;
    } else if (value === 'text' || value === 'csv') options.format = value;
    else return `--format 应是 text 或 csv，而不是“${value}”\n${USAGE}`;
  }
  return options;
}

const months = (m: number | undefined): string => (m === undefined ? '' : formatDecimal(m, 1));

function reasonText(dataset: Dataset, item: AttentionItem): string {
  const common = uiFor(dataset.report.locale).common;
  if (item.reason === 'paused' || item.reason === 'disputed') return common.statuses[item.status];
  if (item.reason === 'no_group') return stageLabel(dataset.report, item.stage, common);
  return `超过多数${entityWords(dataset.report.entity).noun}用时`;
}

function asText(dataset: Dataset, list: AttentionList): string {
  const { noun, counter } = entityWords(dataset.report.entity);
  const lines = [
    `${dataset.report.street}需要关注的${noun}（${formatMonth(list.month)}底，共${list.items.length}${counter}；仅供工作会议，不公开）`,
  ];
  for (const c of dataset.communities) {
    const items = list.items.filter((i) => i.communityId === c.id);
    if (items.length === 0) continue;
    lines.push('', `${c.name}社区（${items.length}${counter}）`);
    for (const i of items) {
      const at =
        i.monthsAtStage === undefined
          ? ''
          : `，在“${stageLabel(dataset.report, i.stage, uiFor(dataset.report.locale).common)}”已${months(i.monthsAtStage)}个月`;
      const typical =
        i.reason === 'slow' && i.p75 !== undefined
          ? `（四分之三的${noun}在${months(i.p75)}个月内走完这一步）`
          : '';
      const note = i.note ? `；备注：${i.note}` : '';
      lines.push(`  ${i.address}（${i.buildingId}）：${reasonText(dataset, i)}${at}${typical}${note}`);
    }
  }
  return lines.join('\n');
}

const CSV_HEADER = [
  'community',
  'building_id',
  'address',
  'reason',
  'reason_text',
  'status',
  'stage',
  'months_at_stage',
  'p75_months',
  'note',
];

function asCsv(dataset: Dataset, list: AttentionList): string {
  const name = new Map(dataset.communities.map((c) => [c.id, c.name]));
  const rows = list.items.map((i) => [
    name.get(i.communityId) ?? i.communityId,
    i.buildingId,
    i.address,
    i.reason,
    reasonText(dataset, i),
    i.status,
    i.stage,
    months(i.monthsAtStage),
    months(i.p75),
    i.note,
  ]);
  return writeCsv(CSV_HEADER, rows, { bom: true, lineEnd: 'crlf', neutraliseFormulas: true });
}

/** Runs the command; returns the exit code (0 printed, 1 data problems or no such month, 2 bad arguments). */
export async function runAttention(argv: readonly string[], io: AttentionIo): Promise<number> {
  const options = parseArgs(argv, io.env);
  if (typeof options === 'string') {
    io.stderr(options);
    return 2;
  }
  const result = await loadDataset(options.dir);
  if (!result.ok) {
    for (const p of result.problems) io.stderr(formatProblem(p, 'text'));
    io.stderr('数据未通过校验，请先按 npm run validate 的提示修改');
    return 1;
  }
  const { dataset } = result;
  const month = options.month ?? dataset.snapshots.at(-1)?.month ?? '';
  const list = attentionList(dataset, month);
  if (!list) {
    io.stderr(`没有 ${month} 的快照：可选的月份是 ${dataset.snapshots.map((s) => s.month).join('、')}`);
    return 1;
  }
  io.stdout(options.format === 'csv' ? asCsv(dataset, list) : asText(dataset, list));
  return 0;
}

const invoked =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  process.exitCode = await runAttention(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => console.error(text),
    env: process.env,
  });
}
