// Every CSV the project writes goes through here: the canonical data files (UTF-8, LF, as the loader
// reads them) and the downloads (BOM and CRLF so Excel opens Chinese text, formulas neutralised).
import { stringify } from 'csv-stringify/sync';

/** Byte-order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

export interface CsvOptions {
  /** Start with a UTF-8 BOM. */
  bom?: boolean;
  /** What ends every record, the last one included. */
  lineEnd?: 'lf' | 'crlf';
  /** Prefix `'` to every cell a spreadsheet would run as a formula. */
  neutraliseFormulas?: boolean;
}

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

/** A whole CSV file: header, then rows; RFC 4180 quoting; LF without BOM unless asked. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions = {},
): string {
  return stringify([header, ...rows], {
    bom: options.bom ?? false,
    record_delimiter: options.lineEnd === 'crlf' ? 'windows' : 'unix',
    // Given a record_delimiter, csv-stringify would stop quoting a lone \r or \n; keep quoting both.
    quote_record_delimiter: true,
    // Our own rule rather than csv-stringify's escape_formulas, which also prefixes full-width ＝＋－＠
    // and so would change the bytes of snapshot files already published.
    ...(options.neutraliseFormulas === true ? { cast: { string: neutraliseFormula } } : {}),
  });
}
