import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes only fields with commas, quotes or line breaks', () => {
    expect(csvField('低层业主对采光有异议，街道正在协调')).toBe('低层业主对采光有异议，街道正在协调');
    expect(csvField('8:00-12:00, 14:30-18:00')).toBe('"8:00-12:00, 14:30-18:00"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('writes a header, one line per row and a final newline', () => {
    expect(toCsv(['a', 'b'], [['1', ''], ['x,y', '2']])).toBe('a,b\n1,\n"x,y",2\n');
  });
});
