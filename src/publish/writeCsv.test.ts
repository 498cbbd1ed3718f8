import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, neutraliseFormula, writeCsv, type CsvOptions } from './writeCsv.ts';

describe('writeCsv, canonical data files', () => {
  it('writes a header, one LF-ended line per row and no BOM', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          ['1', ''],
          ['x,y', '2'],
        ],
      ),
    ).toBe('a,b\n1,\n"x,y",2\n');
  });

  it('quotes only fields with commas, quotes or line breaks', () => {
    const cells = [
      '低层业主对采光有异议，街道正在协调',
      '8:00-12:00, 14:30-18:00',
      'say "hi"',
      'two\nlines',
      'a\rb',
    ];
    expect(
      writeCsv(
        ['x'],
        cells.map((c) => [c]),
      ),
    ).toBe(
      'x\n低层业主对采光有异议，街道正在协调\n"8:00-12:00, 14:30-18:00"\n"say ""hi"""\n"two\nlines"\n"a\rb"\n',
    );
  });

  it('leaves formula-like cells alone', () => {
    expect(writeCsv(['x'], [['-2'], ['=1+1']])).toBe('x\n-2\n=1+1\n');
  });
});

describe('writeCsv, spreadsheet downloads', () => {
  const SPREADSHEET: CsvOptions = { bom: true, lineEnd: 'crlf', neutraliseFormulas: true };
  const toCsv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
    writeCsv(header, rows, SPREADSHEET);

  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', '西湾东1号']]);
    expect(csv).toBe(`${BOM}a,b\r\n1,西湾东1号\r\n`);
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv(['note'], [['a,b'], ['say "hi"'], ['two\nlines'], ['a\rb']]);
    expect(csv).toBe(`${BOM}note\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"a\rb"\r\n`);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['2025-09-03', 'a=b', '', '正常', '＝1']) expect(neutraliseFormula(cell)).toBe(cell);
    expect(toCsv(['=h', 'b', 'c', 'd', 'e', 'f'], [['+86', '-2', '@x', '\tx', '\rx', '']])).toBe(
      `${BOM}'=h,b,c,d,e,f\r\n'+86,'-2,'@x,'\tx,"'\rx",\r\n`,
    );
  });

  it('quotes a neutralised cell that also needs quoting', () => {
    expect(toCsv(['x'], [['=HYPERLINK("a")']])).toBe(`${BOM}x\r\n"'=HYPERLINK(""a"")"\r\n`);
  });

  it('parses back with csv-parse', () => {
    const rows = [
      ['1', 'a,"b"\r\nc'],
      ['2', ''],
    ];
    const parsed: string[][] = parse(toCsv(['id', 'v'], rows), { bom: true });
    expect(parsed).toEqual([['id', 'v'], ...rows]);
  });
});
