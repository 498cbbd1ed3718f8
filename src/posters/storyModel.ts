// The share poster of a resident's story: its title over its first photo, who tells it, its summary and a
// QR code to the story page.
import type { Dataset, Story } from '../data/types.ts';
import { formatDate } from '../format/index.ts';
import { storyUrl } from '../urls.ts';
import { base, links, posterPhoto } from './models.ts';
import type { StoryPosterModel } from './types.ts';

export function storyPosterModel(
  dataset: Pick<Dataset, 'report' | 'buildings' | 'storyPhotos' | 'snapshots'>,
  story: Story,
): StoryPosterModel {
  const { report } = dataset;
  const addresses = story.buildings.flatMap(
    (id) => dataset.buildings.find((b) => b.id === id)?.address ?? [],
  );
  const cover = dataset.storyPhotos.find((p) => p.story === story.file);
  // The first building's latest row: the steps it has reached, as the story's readers will find it.
  const first = story.buildings[0];
  const row = dataset.snapshots.at(-1)?.rows.find((r) => r.buildingId === first);
  const steps = report.milestones.map((m) => {
    const date = row?.dates[m.key];
    return { label: m.label, date: date === undefined ? undefined : formatDate(date) };
  });
  return {
    kind: 'story',
    ...base(report),
    // A sample story on a real street's site is still marked as one.
    illustrative: report.illustrative || story.sample,
    ...links(report, storyUrl(story.slug)),
    kicker: `居民故事 · ${report.street}`,
    title: story.title,
    byline: [`${story.displayName}讲述`, addresses.join('、')].filter((part) => part !== '').join(' · '),
    date: formatDate(story.date),
    summary: story.summary,
    photo: cover && posterPhoto(cover),
    steps,
    cta: '扫码读完整的故事',
  };
}
