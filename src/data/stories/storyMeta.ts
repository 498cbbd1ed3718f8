// A story's front matter as data for the posters: the same parser and schema validate uses.
import type { Story } from '../types.ts';
import type { StoryFile } from './checkStories.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';
import { splitFrontMatter } from './splitFrontMatter.ts';
import { storyId } from './storyId.ts';

/** The story's front matter, or undefined when it is invalid (validate has reported why). */
export function storyMeta(story: StoryFile): Story | undefined {
  const data = parseFrontMatter(story.text, splitFrontMatter(story.text), story.file).data;
  if (!data) return undefined;
  return {
    slug: storyId(story.relative),
    file: story.file,
    title: data.title,
    displayName: data.displayName,
    buildings: data.buildings,
    date: data.date.toISOString().slice(0, 10),
    summary: data.summary,
    sample: data.sample,
  };
}
