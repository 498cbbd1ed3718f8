// Collections of one Markdown file from the data directory (guide.md, the about page), loaded like the
// stories: only when the data directory's one door refuses nothing (Astro's glob loader would follow a
// symbolic link).
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { openDataDir } from '../data/dataFiles.ts';
import { formatProblem } from '../data/formatProblems.ts';

/** `<dataDir>/<file>` as the single entry `id`, when present; `file` undefined loads nothing. */
export function dataPageLoader(dataDir: string, file: string | undefined, id: string): Loader {
  // One entry, always the same id: a `slug` in front matter must not hide it from the page. A pattern
  // that matches no file name keeps the collection empty when report.json names no file.
  const inner = glob({ pattern: file ?? '[no file]', base: dataDir, generateId: () => id });
  return {
    ...inner,
    load: async (context) => {
      const refused = openDataDir(dataDir).problems;
      if (refused.length > 0) {
        const lines = refused.map((p) => formatProblem(p, 'text'));
        throw new Error(`数据有 ${refused.length} 个问题，网站未生成：\n${lines.join('\n')}`);
      }
      return inner.load(context);
    },
  };
}
