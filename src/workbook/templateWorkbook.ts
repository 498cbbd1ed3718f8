// The month's template: one row per building last month tracked, prefilled with last month's values, so an
// unchanged template re-imports as an unchanged month. Only status, dates and note can be edited.
import ExcelJS from 'exceljs';
import { idHeader } from '../data/columns.ts';
import { monthEnd } from '../data/parseDate.ts';
import { STATUS_LABELS, STATUSES, type Dataset, type Month, type SnapshotRow } from '../data/types.ts';
import { formatMonth } from '../format/dates.ts';
import { entityWords } from '../data/programmeWords.ts';
import { GUIDE_SHEET, templateSheetName } from './sheetNames.ts';

const DATE_FORMAT = 'yyyy-mm-dd';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const STATUS_OPTIONS = STATUSES.map((s) => STATUS_LABELS[s]);

/** Rows of the template: last month's snapshot before `month`, or every eligible building in the first month. */
export function templateRows(dataset: Dataset, month: Month): SnapshotRow[] {
  const previous = dataset.snapshots.filter((s) => s.month < month).at(-1);
  if (previous) return previous.rows;
  return dataset.buildings
    .filter((b) => b.eligible)
    .map((b) => ({ buildingId: b.id, status: 'active', dates: {}, note: '', line: 0 }));
}

const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Builds the template workbook for `month`. */
export function templateWorkbook(dataset: Dataset, month: Month): ExcelJS.Workbook {
  const { report, buildings, communities } = dataset;
  const { noun } = entityWords(report.entity);
  const sheetName = templateSheetName(noun);
  const building = new Map(buildings.map((b) => [b.id, b]));
  const communityOrder = new Map(communities.map((c, i) => [c.id, i]));
  const communityName = new Map(communities.map((c) => [c.id, c.name]));
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const rows = [...templateRows(dataset, month)].sort((a, b) => {
    const x = building.get(a.buildingId);
    const y = building.get(b.buildingId);
    return (
      (communityOrder.get(x?.communityId ?? '') ?? 0) - (communityOrder.get(y?.communityId ?? '') ?? 0) ||
      collator.compare(x?.address ?? '', y?.address ?? '') ||
      collator.compare(a.buildingId, b.buildingId)
    );
  });
  const lastDay = monthEnd(month);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongshi';
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 1, activeCell: 'D2' }],
    pageSetup: {
      paperSize: 9 as ExcelJS.PaperSize, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = [
    { header: idHeader(noun), width: 14 },
    { header: '社区', width: 10 },
    { header: '地址', width: 24 },
    { header: '状态', width: 9 },
    ...report.milestones.map((m) => ({ header: m.label, width: 13, style: { numFmt: DATE_FORMAT } })),
    { header: '备注', width: 40 },
  ];
  const noteColumn = 5 + report.milestones.length;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });

  const dateRule = (label: string): ExcelJS.DataValidation => ({
    type: 'date',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [utcDate(lastDay)],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: `${label}日期`,
    error: `请填写不晚于本月最后一天 ${lastDay} 的日期，例如 ${lastDay.slice(0, 8)}05`,
    showInputMessage: true,
    promptTitle: label,
    prompt: `这一步完成的日期，如 ${lastDay.slice(0, 8)}05；还没完成就留空`,
  });
  const statusRule: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: false,
    formulae: [`"${STATUS_OPTIONS.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '状态',
    error: `请从下拉列表中选择：${STATUS_OPTIONS.join('、')}`,
  };

  rows.forEach((row, i) => {
    const b = building.get(row.buildingId);
    const excelRow = sheet.getRow(i + 2);
    excelRow.values = [
      row.buildingId,
      communityName.get(b?.communityId ?? '') ?? '',
      b?.address ?? '',
      STATUS_LABELS[row.status],
      ...report.milestones.map((m) => {
        const iso = row.dates[m.key];
        return iso === undefined ? null : utcDate(iso);
      }),
      row.note === '' ? null : row.note,
    ];
    for (let c = 1; c <= 3; c++) excelRow.getCell(c).fill = LOCKED_FILL;
    for (let c = 4; c <= noteColumn; c++) excelRow.getCell(c).protection = { locked: false };
    excelRow.getCell(4).dataValidation = statusRule;
    report.milestones.forEach((m, k) => {
      const cell = excelRow.getCell(5 + k);
      cell.numFmt = DATE_FORMAT;
      cell.dataValidation = dateRule(m.label);
    });
    excelRow.getCell(noteColumn).alignment = { wrapText: true, vertical: 'top' };
  });
  // No password: the lock only keeps ids and addresses from being changed by accident.
  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });

  // The first row of this very template, as the office will see it, is the guide's example.
  const first = rows[0];
  const firstBuilding = first ? building.get(first.buildingId) : undefined;
  const example = first && [
    first.buildingId,
    communityName.get(firstBuilding?.communityId ?? '') ?? '',
    firstBuilding?.address ?? '',
    STATUS_LABELS[first.status],
    ...report.milestones.map((m) => first.dates[m.key] ?? null),
    first.note,
  ];
  guideSheet(workbook, dataset, month, lastDay, example);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return workbook;
}

function guideSheet(
  workbook: ExcelJS.Workbook,
  dataset: Dataset,
  month: Month,
  lastDay: string,
  example: readonly (string | null)[] | undefined,
): void {
  const { report } = dataset;
  const { noun, counter, item } = entityWords(report.entity);
  const sheetName = templateSheetName(noun);
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 16 }, { width: 44 }, { width: 56 }];
  const day = `${lastDay.slice(0, 8)}05`;
  const lines: Array<Array<string | null>> = [
    [`${report.title}：${formatMonth(month)}进展表填写说明`],
    [],
    [`只在“${sheetName}”工作表中填写；每${counter}${item}一行，已填好上个月的情况，只需改本月有变化的格子。`],
    [
      `填好后保存为 ${month}.xlsx（或 ${formatMonth(month)}.xlsx），上传到仓库的 inbox 文件夹（见 docs/publishing.md）。`,
    ],
    [
      `不要删除行，不要改表头；${idHeader(noun)}、社区、地址三列已锁定。不要填写姓名、电话、身份证号、房号等个人信息。`,
    ],
    [],
    ['列', '含义', '怎么填'],
    [idHeader(noun), `${noun}的固定编号，与 buildings.csv 一致`, '已锁定，不用改'],
    ['社区', `${noun}所在社区`, '已锁定，仅供核对'],
    ['地址', `${noun}地址（不含房号）`, '已锁定，仅供核对'],
    ['状态', `这${counter}${item}的工作现在是否在推进`, `从下拉列表选择：${STATUS_OPTIONS.join(' / ')}`],
    ...report.milestones.map((m) => [
      m.label,
      m.description,
      `完成这一步的日期，如 ${day}；不能晚于 ${lastDay}；未完成留空`,
    ]),
    ['备注', '公开的简短说明，会显示在网站上', '可留空；几句话以内'],
    [],
    ['示例（一行填好的样子）'],
    [idHeader(noun), '社区', '地址', '状态', ...report.milestones.map((m) => m.label), '备注'],
    ...(example ? [[...example]] : []),
  ];
  lines.forEach((values, i) => {
    const row = guide.getRow(i + 1);
    row.values = values;
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  guide.getRow(1).font = { bold: true, size: 14 };
  guide.getRow(7).font = { bold: true };
  guide.getRow(15).font = { bold: true };
}
