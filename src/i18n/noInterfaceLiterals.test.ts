// The interface table is the one place interface words live: no page, component or chart module may
// carry Chinese text of its own (comments aside), or another locale's site would come out half translated.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '..');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((f) => path.join(dir, f));
}

/** The text with comments blanked out: `<!-- -->`, `/* *\/` (also inside `{}`), and `//` to the line's end. */
function withoutComments(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** `file:line: text` for every line that still has a CJK character once comments are gone. */
function literals(file: string): string[] {
  return withoutComments(readFileSync(file, 'utf8'))
    .split('\n')
    .flatMap((line, i) =>
      CJK.test(line) ? [`${path.relative(src, file)}:${String(i + 1)}: ${line.trim()}`] : [],
    );
}

describe('interface words come from the locale table', () => {
  it('blanks comments and nothing else', () => {
    expect(withoutComments('a // 注释\n<!-- 注释 -->b /* 注释 */ c\n"https://x" 楼')).toBe(
      'a \nb  c\n"https://x" 楼',
    );
  });

  it('leaves no Chinese text in any page, layout or component', () => {
    const astro = filesUnder(src, (f) => f.endsWith('.astro'));
    expect(astro.length).toBeGreaterThan(40);
    expect(astro.flatMap(literals)).toEqual([]);
  });

  it('leaves no Chinese text in the chart modules', () => {
    const charts = filesUnder(path.join(src, 'charts'), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(charts.length).toBeGreaterThan(15);
    expect(charts.flatMap(literals)).toEqual([]);
  });
});
