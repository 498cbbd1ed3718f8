// Loader side of the story rules: parse the body with the build's own Markdown/MDX parser (Sätteri),
// then apply the shared checks, so validate sees exactly the tree the build would compile.
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { StoryContext } from './storyComponents.ts';
import { storyLead } from './storyLead.ts';
import { checkStoryTree, type StoryNode, type StoryViolation } from './storyRules.ts';

/** Parser features the build uses for stories (Astro's defaults); kept equal in astro.config.mjs. */
export const STORY_FEATURES = { gfm: true, smartPunctuation: true } as const;

const SYNTAX_PLACE = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/;

/** Problems in a story body (`body` as from splitFrontMatter); `mdx` for .mdx files. */
export function parseStoryBody(body: string, mdx: boolean, context: StoryContext = {}): StoryViolation[] {
  return readStoryBody(body, mdx, context).violations;
}

/** A story body's problems and, from the same parse, its opening words (see storyLead.ts). */
export function readStoryBody(
  body: string,
  mdx: boolean,
  context: StoryContext = {},
): { violations: StoryViolation[]; lead: string } {
  let root: StoryNode;
  try {
    root = (mdx ? mdxToMdast : markdownToMdast)(body, { features: STORY_FEATURES }) as StoryNode;
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const place = SYNTAX_PLACE.exec(text);
    const violation: StoryViolation = {
      line: Number(place?.[1] ?? 1),
      column: Number(place?.[2] ?? 1),
      code: 'story.syntax',
      message:
        `故事写法有误，无法读取（${text.replace(SYNTAX_PLACE, '')}）：` +
        '普通文字里的 < 和 { 要写成 \\< 和 \\{；组件的写法见 data/README.md',
    };
    return { violations: [violation], lead: '' };
  }
  return { violations: checkStoryTree(root, body, context), lead: storyLead(root) };
}
