// The guide (guide.mdx in the data directory) is free text like a story, plus a few building blocks the
// site fills from the data. Check both before a build: no personal data, only known blocks, steps present.
import { error } from './problem.ts';
import { scanStory } from './scanStories.ts';
import { positionFinder } from './textPosition.ts';
import type { Problem } from './types.ts';

/** Blocks a guide may use, each filled from the data: `<Steps />`, `<CostExample />`, … */
export const GUIDE_BLOCKS = ['Steps', 'CostExample', 'Subsidy', 'ServicePoints'] as const;
export type GuideBlock = (typeof GUIDE_BLOCKS)[number];

const known: ReadonlySet<string> = new Set(GUIDE_BLOCKS);
// A JSX element: MDX treats a capitalised tag as a component.
const ELEMENT = /<([A-Z][A-Za-z0-9]*)\b/g;

/** Problems in the guide's text, each at its line and column. */
export function scanGuide(text: string, file: string): Problem[] {
  const problems = scanStory(text, file);
  const positionOf = positionFinder(text);
  let steps = false;
  for (const m of text.matchAll(ELEMENT)) {
    const name = m[1] ?? '';
    if (name === 'Steps') steps = true;
    if (!known.has(name))
      problems.push(
        error(file, positionOf(m.index), 'guide.unknown_block', `未知的指南组件 <${name} />：可用的是 ${GUIDE_BLOCKS.map((b) => `<${b} />`).join('、')}`),
      );
  }
  if (!steps)
    problems.push(
      error(file, { line: 1, column: 1 }, 'guide.no_steps', '指南中没有 <Steps />：请加上这一行，楼栋页面的“办事指南”链接要跳到其中每一步'),
    );
  return problems;
}
