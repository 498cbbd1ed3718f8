import { parse } from 'csv-parse/sync';
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
  it('reads the same rows and lines as csv-parse with raw records, with or without quotes', () => {
    // The reading as first written (csv-parse, lines counted from each raw record), as the oracle.
    const oracle = (text: string): string[] | undefined => {
      try {
        const records = parse(text, { info: true, raw: true, relax_column_count: true }) as unknown as Array<{ record: string[]; raw: string; info: { lines: number } }>;
        return records
          .map((r) => ({ line: r.info.lines - (r.raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0), fields: r.record }))
          .filter((r) => r.fields.some((f) => f.trim() !== ''))
          .map((r) => `${r.line}:${JSON.stringify(r.fields)}`);
      } catch {
        return undefined;
      }
    };
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const pick = (list: readonly string[]): string => list[next(list.length)] ?? '';
    const times = (n: number, make: () => string, sep: string): string => Array.from({ length: n }, make).join(sep);
    const quoted = (): string => `"${times(next(4), () => pick(['x', ',', '\n', '""', ' ']), '')}"`;
    const field = (): string => (next(5) === 0 ? quoted() : pick(['', '', 'a', '1 中', ' ', ';', '\ta']));
    const differ: string[] = [];
    let plain = 0;
    let withQuotes = 0;
    for (let i = 0; i < 3000; i += 1) {
      const text = times(1 + next(6), () => times(1 + next(4), field, ','), pick(['\n', '\n', '\n\n'])) + pick(['', '\n']);
      const expected = oracle(text);
      const { table } = parseCsv(text, 'f.csv');
      if (!table) {
        if (expected !== undefined && expected.length > 0 && !/[;\t，|]/.test(text)) differ.push(JSON.stringify(text));
        continue;
      }
      if (text.includes('"')) withQuotes += 1;
      else plain += 1;
      const got = [table.header, ...table.rows, ...table.ragged].sort((a, b) => a.line - b.line).map((r) => `${r.line}:${JSON.stringify(r.fields)}`);
      if (got.join('\n') !== expected?.join('\n')) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
    // Both ways of reading were exercised.
    expect(Math.min(plain, withQuotes)).toBeGreaterThan(300);
  });
});
