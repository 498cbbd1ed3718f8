// Astro integration: a build with bad data stops before it writes anything, with validate's messages.
// Pages would fail later anyway (src/site/dataset.ts), but by then Astro has written dist/ in part; and a
// Markdown story the story rules refused is only logged by Astro's content loader, not fatal.
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../data/formatProblems.ts';
import { sharedDataset } from './sharedDataset.ts';

/** Checks the data at `astro:build:start`; place it after postersIntegration to share its load. */
export function dataCheckIntegration(dataDir: string): AstroIntegration {
  return {
    name: 'gongshi:data-check',
    hooks: {
      'astro:build:start': async () => {
        const loaded = await sharedDataset(dataDir);
        if (loaded.ok) return;
        const lines = loaded.problems.map((p) => formatProblem(p, 'text'));
        throw new Error(`数据有 ${loaded.problems.length} 个问题，网站未生成：\n${lines.join('\n')}`);
      },
    },
  };
}
