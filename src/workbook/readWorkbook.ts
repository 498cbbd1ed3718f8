// Reads an .xlsx as the clerk saw it: the template's sheet or the one visible sheet with data, with the
// workbook's date system. The zip is checked first (zipParts.ts); ExcelJS only ever sees the needed parts.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { Cell, SourceRow } from './sourceRow.ts';
import { GUIDE_SHEET, isTemplateSheet } from './sheetNames.ts';
import { DEFAULT_LIMITS, readZipParts, type ZipLimits } from './zipParts.ts';

export interface ReadWorkbook {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /** Rows with their Excel row numbers; cells[0] is column A. */
  rows: SourceRow[];
  /** True for a workbook in the 1904 date system (old Mac Excel). */
  date1904: boolean;
}

export type ReadWorkbookResult = ({ ok: true } & ReadWorkbook) | { ok: false; message: string };

// The parts a worksheet's values and formats come from; drawings, media, comments, macros are never inflated.
const NEEDED =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

/** Loads the needed parts of an .xlsx into ExcelJS, after the size checks. */
export async function loadWorkbook(
  bytes: Buffer,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; message: string }> {
  const read = await readZipParts(bytes, (name) => NEEDED.test(name), limits);
  if (!read.ok) return read;
  if (!read.parts.has('xl/workbook.xml')) {
    return {
      ok: false,
      message: '文件里没有工作簿（xl/workbook.xml）：请在 Excel 中打开后重新“另存为 .xlsx”',
    };
  }
  // Rebuild a zip of just those parts, stored uncompressed, for ExcelJS (which inflates every part it gets).
  const minimal = zipSync(
    Object.fromEntries([...read.parts].map(([name, data]) => [name, new Uint8Array(data)])),
    {
      level: 0,
    },
  );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      minimal.buffer.slice(minimal.byteOffset, minimal.byteOffset + minimal.byteLength) as ArrayBuffer,
    );
  } catch (e) {
    return {
      ok: false,
      message: `无法读取工作簿（${(e as Error).message}）：请在 Excel 中打开后重新“另存为 .xlsx”`,
    };
  }
  return { ok: true, workbook };
}

/** A cell's value as the importer wants it: text, number, boolean, Date or empty. */
export function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  if ('hyperlink' in value) return String(value.text);
  return null;
}

const hasData = (sheet: ExcelJS.Worksheet): boolean => sheet.actualRowCount > 0;

/** Picks the sheet to import, or explains why none can be chosen. */
export function chooseSheet(
  workbook: ExcelJS.Workbook,
): { ok: true; sheet: ExcelJS.Worksheet } | { ok: false; message: string } {
  const visible = workbook.worksheets.filter((s) => s.state === 'visible' || s.state === undefined);
  const named = visible.find((s) => isTemplateSheet(s.name));
  if (named) return { ok: true, sheet: named };
  const data = visible.filter((s) => s.name !== GUIDE_SHEET && hasData(s));
  const [only, ...others] = data;
  if (only && others.length === 0) return { ok: true, sheet: only };
  if (!only) {
    return { ok: false, message: '没有可见且有数据的工作表：请把本月的进展表放在一个可见的工作表里' };
  }
  const names = data.map((s) => `“${s.name}”`).join('、');
  return {
    ok: false,
    message: `有 ${data.length} 个可见的工作表都有数据（${names}），不知道该导入哪一个：请删除或隐藏其他工作表，只留下本月的进展表（或使用模板的“…进展”工作表）`,
  };
}

/** Reads the workbook's sheet into rows, the way the clerk saw it. */
export async function readWorkbook(
  bytes: Buffer,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<ReadWorkbookResult> {
  const loaded = await loadWorkbook(bytes, limits);
  if (!loaded.ok) return loaded;
  const { workbook } = loaded;
  const chosen = chooseSheet(workbook);
  if (!chosen.ok) return chosen;
  const { sheet } = chosen;
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { ok: true, workbook, sheet, rows, date1904: workbook.properties.date1904 === true };
}
