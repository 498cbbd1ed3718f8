import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.ts';

const where = (text: string): string[] => parseCsv(text, 'f.csv').problems.map((p) => `${p.line}:${p.column} ${p.code ?? ''}`);

describe('parseCsv', () => {
  it('gives each row the physical line where it starts', () => {
    const { table } = parseCsv('a,b\n\n1,"x\ny"\n2,3\n,\n\n', 'f.csv');
    expect(table?.rows.map((r) => r.line)).toEqual([3, 5]);
  });
  it('reports ragged rows and wrong delimiters', () => {
    expect(where('a,b,c\n1,2\n1,2,3,4\n1;2;3\n')).toEqual(['2:3 csv.ragged_row', '3:4 csv.ragged_row', '4:1 csv.wrong_delimiter']);
    expect(where('a\tb\n1\t2\n')).toEqual(['1:1 csv.wrong_delimiter']);
  });
  it('reports quote errors where they are', () => {
    expect(where('a,b\n1,"x\n2,3\n')).toEqual(['2:2 csv.unclosed_quote']);
    expect(where('a,b\n1,"x"y\n')).toEqual(['2:2 csv.invalid_quote']);
  });
  it('reports an empty file', () => {
    expect(where('\n\n')).toEqual(['1:1 csv.empty']);
  });
});
