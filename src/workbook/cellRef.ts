// Excel's names for places: column letters and A1 references, as the name box shows them.

/** 0-based column index → Excel letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `工作表1!G17`; sheet names with spaces or punctuation are quoted as Excel does. */
export function cellRef(sheet: string, row: number, index: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(index)}${row}`;
}
