// Small .xlsx files for tests, written with the same library the import reads them with.
import ExcelJS from 'exceljs';

export interface SheetSpec {
  name: string;
  rows: ExcelJS.CellValue[][];
  state?: ExcelJS.WorksheetState;
}

/** An .xlsx with the given sheets, as bytes. */
export async function makeWorkbook(
  sheets: readonly SheetSpec[],
  options: { date1904?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
    spec.rows.forEach((values, i) => {
      const row = sheet.getRow(i + 1);
      row.values = values;
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A UTC date, as spreadsheet date cells carry no zone. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
