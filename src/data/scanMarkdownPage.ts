// A page of free text from the data directory (guide.md, the about page) follows the story rules: plain
// Markdown, no code, no raw HTML, no personal data.
import { error } from './problem.ts';
import { scanStory } from './scanStories.ts';
import { parseStoryBody } from './stories/parseStoryBody.ts';
import { splitFrontMatter } from './stories/splitFrontMatter.ts';
import type { Problem } from './types.ts';

/** Story-rule and personal-data problems in a Markdown page, each at its line and column. */
export function scanMarkdownPage(text: string, file: string): Problem[] {
  const { body } = splitFrontMatter(text);
  return [...parseStoryBody(body, false).map((v) => error(file, v, v.code, v.message)), ...scanStory(text, file)];
}
