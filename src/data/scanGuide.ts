// The guide (guide.md in the data directory) is free text like a story, with the same Markdown rules, plus
// a few placeholders the site fills from the data. Check both before a build: the story rules, no personal
// data, only known placeholders, block placeholders on their own line, and the steps present.
import { error } from './problem.ts';
import { scanMarkdownPage } from './scanMarkdownPage.ts';
import { splitFrontMatter } from './stories/splitFrontMatter.ts';
import { positionFinder } from './textPosition.ts';
import type { Problem } from './types.ts';

/** Placeholders that stand alone on a line and become a whole section: `{{Steps}}`, … */
export const GUIDE_BLOCKS = ['Steps', 'CostExample', 'ServicePoints'] as const;
/** Placeholders inside a sentence: `{{Subsidy}}` becomes the subsidy amount. */
export const GUIDE_INLINE = ['Subsidy'] as const;
export type GuideBlock = (typeof GUIDE_BLOCKS)[number];
export type GuideInline = (typeof GUIDE_INLINE)[number];

const blocks: ReadonlySet<string> = new Set(GUIDE_BLOCKS);
const inline: ReadonlySet<string> = new Set(GUIDE_INLINE);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const list = [...GUIDE_BLOCKS, ...GUIDE_INLINE].map((n) => `{{${n}}}`).join('、');

/** Problems in the guide's text, each at its line and column. */
export function scanGuide(text: string, file: string): Problem[] {
  const { body } = splitFrontMatter(text);
  const problems = scanMarkdownPage(text, file);
  const positionOf = positionFinder(text);
  const lines = text.split('\n');
  let steps = false;
  for (const m of body.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    const at = positionOf(m.index);
    if (blocks.has(name)) {
      if (name === 'Steps') steps = true;
      if ((lines[at.line - 1] ?? '').trim() !== m[0])
        problems.push(error(file, at, 'guide.block_inline', `{{${name}}} 要单独占一行：它会变成一整段内容`));
    } else if (!inline.has(name)) {
      problems.push(error(file, at, 'guide.unknown_placeholder', `未知的指南占位符 {{${name}}}：可用的是 ${list}`));
    }
  }
  if (!steps)
    problems.push(
      error(file, { line: 1, column: 1 }, 'guide.no_steps', '指南中没有 {{Steps}}：请单独加一行 {{Steps}}，各页面的“办事指南”链接要跳到其中每一步'),
    );
  return problems;
}
