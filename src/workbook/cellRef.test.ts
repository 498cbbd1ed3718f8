import { describe, expect, it } from 'vitest';
import { cellRef, columnLetters } from './cellRef.ts';

describe('cellRef', () => {
  it('names columns and cells as Excel does', () => {
    expect([0, 6, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'G', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(cellRef('工作表1', 17, 6)).toBe('工作表1!G17');
    expect(cellRef("Oct's sheet", 2, 0)).toBe("'Oct''s sheet'!A2");
  });
});
