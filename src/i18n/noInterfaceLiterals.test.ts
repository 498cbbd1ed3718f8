// The interface table is the one place interface words live: no page, component or chart module may
// carry Chinese text of its own (comments aside), or another locale's site would come out half translated.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '..');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const isModule = (f: string): boolean => /\.ts$/.test(f) && !/\.(test|d)\.ts$/.test(f);
/** src/site view models that hold build errors for the office (diary) or date and unit grammar. */
const OFFICE_MESSAGES = new Set(['diary.ts', 'keepTogetherHtml.ts']);

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

  // Modules that build what the public reads: charts, posters, the search script, open data and feeds,
  // page view models and endpoints. (Messages for office staff, the data checks and the programme's own
  // default words are Chinese by design and live elsewhere.)
  it('leaves no Chinese text in the modules that build what the public reads', () => {
    const publicModules = [
      ...filesUnder(path.join(src, 'charts'), isModule),
      ...filesUnder(path.join(src, 'posters'), isModule),
      ...filesUnder(path.join(src, 'pages'), isModule),
      ...filesUnder(path.join(src, 'site'), isModule).filter((f) => !OFFICE_MESSAGES.has(path.basename(f))),
      ...['search/searchPage.ts', 'search/rankResults.ts', 'search/searchHints.ts'].map((f) =>
        path.join(src, f),
      ),
      ...['columnDictionary.ts', 'changesSummary.ts', 'monthlyChanges.ts'].map((f) =>
        path.join(src, 'publish', f),
      ),
      path.join(src, 'stats/headline.ts'),
      path.join(src, 'format/buildingHeadline.ts'),
    ];
    expect(publicModules.length).toBeGreaterThan(80);
    expect(publicModules.flatMap(literals)).toEqual([]);
  });
});
