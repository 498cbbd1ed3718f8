// All stories, queried once (STYLE rule 2), newest first.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Story = CollectionEntry<'stories'>;

// The loader has checked every story (front matter, buildings, content rules) before any page runs.
const all = await getCollection('stories');

/** Every story, newest first, then by title. */
export const stories: Story[] = all.sort(
  (a, b) =>
    b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'zh-CN'),
);

/** Stories about one building. */
export function storiesAbout(buildingId: string): Story[] {
  return stories.filter((s) => s.data.buildings.includes(buildingId));
}

/** `2025-09-20` of a story date. */
export function storyDate(s: Story): string {
  return s.data.date.toISOString().slice(0, 10);
}
