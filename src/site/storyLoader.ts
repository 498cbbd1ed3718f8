// Astro's glob loader follows symbolic links; the data loader refuses them. So the stories collection first
// asks the data directory's one door, and stops the build with the same errors before anything is loaded.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { openDataDir } from '../data/dataFiles.ts';
import { formatProblem } from '../data/formatProblems.ts';
import { storyId } from '../data/stories/storyId.ts';

/** The stories under `<dataDir>/stories`, loaded only when the data directory holds no link or special file. */
export function storyLoader(dataDir: string): Loader {
  // The id (the page address) is the file name only: a `slug` in front matter cannot take over a page.
  const inner = glob({
    pattern: '**/*.{md,mdx}',
    base: `${dataDir}/stories`,
    generateId: ({ entry }) => storyId(entry),
  });
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
