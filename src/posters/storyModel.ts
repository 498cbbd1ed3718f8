// The share poster of a resident's story: its title over its cover photo, who tells it and about which
// building, its opening words, where that building stands (drawn without a photo) and a QR code to the
// story page. Pure: from the validated dataset only.
import { excerpt } from '../data/excerpt.ts';
import type { Dataset, Story, StoryPhoto } from '../data/types.ts';
import { formatDate } from '../format/index.ts';
import { stepsTaken } from '../stats/stage.ts';
import { storyUrl } from '../urls.ts';
import { base, links, posterPhoto } from './models.ts';
import type { PosterText, StoryPosterModel } from './types.ts';

/** About five lines of the poster's quote beside a photo. */
export const STORY_EXCERPT_CHARS = 80;

const SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)/gu;

/** The story's cover on its poster and link card: its first photo, the one a reader sees first. */
export function storyCover(story: Story, storyPhotos: readonly StoryPhoto[]): StoryPhoto | undefined {
  return storyPhotos.find((p) => p.story === story.file);
}

/**
 * The opening of `lead` in whole sentences up to `max` characters; a first sentence longer than that is
 * cut with an ellipsis.
 */
export function storyExcerpt(lead: string, max = STORY_EXCERPT_CHARS): string {
  let kept = '';
  for (const [sentence] of lead.matchAll(SENTENCE)) {
    if ([...kept].length + [...sentence].length > max) break;
    kept += sentence;
  }
  return kept === '' ? excerpt(lead, max) : kept.trim();
}

/** Share poster of a story (`/posters/stories/<slug>.png`); the print edition leaves the photo out. */
export function storyPosterModel(
  dataset: Pick<Dataset, 'report' | 'buildings' | 'storyPhotos' | 'snapshots'>,
  text: PosterText,
  story: Story,
  edition: StoryPosterModel['edition'] = 'screen',
): StoryPosterModel {
  const { report } = dataset;
  const addresses = story.buildings.flatMap(
    (id) => dataset.buildings.find((b) => b.id === id)?.address ?? [],
  );
  const cover = edition === 'screen' ? storyCover(story, dataset.storyPhotos) : undefined;
  // The first building's latest row: the steps it has reached, as the story's readers will find it.
  const first = story.buildings[0];
  const row = dataset.snapshots.at(-1)?.rows.find((r) => r.buildingId === first);
  const steps = stepsTaken(report.milestones, row?.dates ?? {}).map((m) => {
    const date = row?.dates[m.key];
    return { label: m.label, date: date === undefined ? undefined : formatDate(date) };
  });
  return {
    kind: 'story',
    edition,
    ...base(report, text),
    // A sample story on a real street's site is still marked as one.
    illustrative: report.illustrative || story.sample,
    sampleLabel: story.sample ? text.sampleStory : text.labels.sampleData,
    ...links(report, storyUrl(story.slug)),
    kicker: text.storyKicker(report.street),
    title: story.title,
    byline: text.byline(story.displayName, addresses),
    date: formatDate(story.date),
    // Its own opening words; a story that opens with no paragraph has its summary instead.
    excerpt: story.lead === '' ? story.summary : storyExcerpt(story.lead),
    photo: cover && posterPhoto(cover),
    steps,
    cta: text.storyCta,
  };
}
