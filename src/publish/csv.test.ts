import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, neutraliseFormula, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', '西湾东1号']]);
    expect(csv).toBe(`${BOM}a,b\r\n1,西湾东1号\r\n`);
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv(['note'], [['a,b'], ['say "hi"'], ['two\nlines']]);
    expect(csv).toBe(`${BOM}note\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n`);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['2025-09-03', 'a=b', '', '正常']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('quotes a neutralised cell that also needs quoting', () => {
    expect(toCsv(['x'], [['=HYPERLINK("a")']])).toBe(`${BOM}x\r\n"'=HYPERLINK(""a"")"\r\n`);
  });

  it('parses back with csv-parse', () => {
    const rows = [['1', 'a,"b"\r\nc'], ['2', '']];
    const parsed: string[][] = parse(toCsv(['id', 'v'], rows), { bom: true });
    expect(parsed).toEqual([['id', 'v'], ...rows]);
  });
});
