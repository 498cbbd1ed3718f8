// The clerk's own workbook with each bad cell filled red and its message as a cell comment, so the
// problems are fixed in the file they know.
import type ExcelJS from 'exceljs';

export interface CellMark {
  /** Excel row number. */
  line: number;
  /** 0-based column. */
  index: number;
  message: string;
}

// Excel's own "Bad" cell style: light red fill, dark red text (readable, unlike pure red).
const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const BAD_FONT_COLOR = { argb: 'FF9C0006' };

/** Marks the cells in `sheet` (in place); several messages on one cell share one comment. */
export function annotateSheet(sheet: ExcelJS.Worksheet, marks: readonly CellMark[]): void {
  const byCell = new Map<string, { mark: CellMark; messages: string[] }>();
  for (const mark of marks) {
    const key = `${mark.line}:${mark.index}`;
    const entry = byCell.get(key) ?? { mark, messages: [] };
    entry.messages.push(mark.message);
    byCell.set(key, entry);
  }
  for (const { mark, messages } of byCell.values()) {
    const cell = sheet.getCell(mark.line, mark.index + 1);
    // A fresh style object: cells read from a file share theirs, and setting `fill` would paint them all.
    cell.style = { ...cell.style, fill: BAD_FILL, font: { ...cell.style.font, color: BAD_FONT_COLOR } };
    cell.note = messages.join('\n');
  }
}
