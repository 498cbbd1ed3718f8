// Spreadsheet-safe CSV for downloads: UTF-8 with BOM and CRLF so Excel opens Chinese text correctly.

/** Byte-order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

// Excel and LibreOffice treat a cell starting with these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Keep a cell from being run as a formula by prefixing `'`, which spreadsheets hide and
 * treat as "this is text". Applied to every cell, so `-3` would become text too; our
 * downloads never hold negative numbers.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Quote a cell when it holds a delimiter, quote or line break (RFC 4180). */
export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A whole CSV file: BOM, header, rows, CRLF after every record (including the last). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string =>
    cells.map((cell) => quoteCell(neutraliseFormula(cell))).join(',');
  return BOM + [header, ...rows].map((cells) => `${line(cells)}\r\n`).join('');
}
