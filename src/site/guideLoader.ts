// The guide collection (guide.md in the data directory), loaded like the stories: only when the data
// directory's one door refuses nothing (Astro's glob loader would follow a symbolic link).
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { openDataDir } from '../data/dataFiles.ts';
import { formatProblem } from '../data/formatProblems.ts';

/** `<dataDir>/guide.md`, when present. */
export function guideLoader(dataDir: string): Loader {
  // One entry, always id `guide`: a `slug` in front matter must not hide it from the page.
  const inner = glob({ pattern: 'guide.md', base: dataDir, generateId: () => 'guide' });
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
