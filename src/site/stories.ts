// All stories, queried once (STYLE rule 2), newest first, with their building links checked.
import { getCollection, type CollectionEntry } from 'astro:content';
import { dataset } from './dataset.ts';

export type Story = CollectionEntry<'stories'>;

const known = new Set(dataset.buildings.map((b) => b.id));
const all = await getCollection('stories');
const unknown = all.flatMap((s) =>
  s.data.buildings
    .filter((id) => !known.has(id))
    .map(
      (id) =>
        `${s.filePath ?? s.id}: 未知的楼栋编号 ${id}（buildings 必须是 buildings.csv 中的 building_id）`,
    ),
);
if (unknown.length > 0) throw new Error(`故事引用了不存在的楼栋：\n${unknown.join('\n')}`);

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
