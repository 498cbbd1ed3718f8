// Pages and downloads never carry invisible or control characters (data/README.md): the loader refuses them,
// and this checks the published result. A CSV's leading BOM and CRLF are what Excel expects, not text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVISIBLE } from '../../src/data/invisibleChars.ts';
import { distDir } from '../browser/dist.ts';

const TEXT = /\.(html|csv|json|xml|txt)$/;

describe('published text', () => {
  it('has no invisible or control characters in any page or download', () => {
    const dist = distDir();
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => TEXT.test(f) && !f.startsWith('pagefind'),
    );
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => {
      // CRLF is the CSV downloads' line ending.
      const text = readFileSync(path.join(dist, f), 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n/g, '\n');
      const m = INVISIBLE.exec(text);
      return m ? [`${f}: U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase()} at ${m.index}`] : [];
    });
    expect(found).toEqual([]);
  });
});
