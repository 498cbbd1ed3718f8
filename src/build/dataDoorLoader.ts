// Astro's glob loader follows symbolic links; the data loader refuses them. Every collection read from the
// data directory therefore asks the directory's one door first, and stops the build with the same errors
// before anything is loaded.
import type { Loader } from 'astro/loaders';
import { openDataDir } from '../data/dataFiles.ts';
import { formatProblem } from '../data/formatProblems.ts';

/** `inner`, loading only when the data directory holds no link or special file. */
export function behindDataDoor(dataDir: string, inner: Loader): Loader {
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
