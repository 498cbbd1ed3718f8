// Every story checked like data before anything is built: its id (from the file name only), its front
// matter against the registry and the build day, and its body against the content-only rules.
import { error, START } from '../problem.ts';
import type { IsoDate, Problem, Story } from '../types.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';
import { readStoryBody } from './parseStoryBody.ts';
import { splitFrontMatter } from './splitFrontMatter.ts';
import { storyId, storyIdKey, storyIdProblem } from './storyId.ts';
import { storySchema } from './storySchema.ts';

export interface StoryFile {
  /** Path used in problems. */
  file: string;
  /** Path inside the stories folder, e.g. `2025/lift.md`. */
  relative: string;
  text: string;
}

export interface StoriesContext {
  /** Registry building ids; undefined when buildings.csv could not be read. */
  buildings?: ReadonlySet<string> | undefined;
  /** Milestone keys from report.json. */
  milestones?: ReadonlySet<string> | undefined;
  /** The build day; stories dated later are not published yet. */
  today: IsoDate;
}

/** Today's date in China (UTC+8), where the office publishes. */
export function chinaDate(now: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** What checking found: every problem, and the stories as data (those whose front matter is valid). */
export interface CheckedStories {
  problems: Problem[];
  stories: Story[];
}

/** Problems of one story, apart from collisions with other stories, and the story as data if valid. */
function checkStory(story: StoryFile, context: StoriesContext): { problems: Problem[]; story?: Story } {
  const { file, text } = story;
  const id = storyId(story.relative);
  const problems: Problem[] = [];
  const idProblem = storyIdProblem(id);
  if (idProblem) problems.push(error(file, START, 'story.id', idProblem));
  const split = splitFrontMatter(text);
  const front = parseFrontMatter(text, split, file);
  problems.push(...front.problems);
  const value = front.value ?? {};
  const slug = value['slug'];
  if (typeof slug === 'string' && slug !== id) {
    problems.push(
      error(file, front.locate(['slug']), 'story.slug', `slug“${slug}”与文件名不同：故事的网址只由文件名决定 (/stories/${id}/)；请删除 slug 这一行，要换网址就给文件改名`),
    );
  }
  const buildings = value['buildings'];
  (Array.isArray(buildings) ? buildings : []).forEach((building: unknown, i) => {
    if (typeof building === 'string' && context.buildings && !context.buildings.has(building)) {
      problems.push(
        error(file, front.locate(['buildings', i]), 'story.unknown_building', `未知的编号 ${building}：buildings 必须是 buildings.csv 中的 building_id`),
      );
    }
  });
  const date = storySchema.shape.date.safeParse(value['date']).data?.toISOString().slice(0, 10);
  if (date !== undefined && date > context.today) {
    problems.push(
      error(file, front.locate(['date']), 'story.future_date', `date ${date} 晚于今天 (${context.today})：故事不能提前发布；请改正日期，或到那天再放进来`),
    );
  }
  const body = readStoryBody(split.body, /\.mdx$/i.test(file), context);
  problems.push(...body.violations.map((v) => error(file, v, v.code, v.message)));
  const data = front.data;
  if (!data) return { problems };
  return {
    problems,
    story: {
      slug: id,
      file,
      title: data.title,
      displayName: data.displayName,
      buildings: data.buildings,
      date: data.date.toISOString().slice(0, 10),
      summary: data.summary,
      sample: data.sample,
      lead: body.lead,
    },
  };
}

/**
 * Problems of all stories, and the stories as data from the same reading (the posters use it); two files
 * with one address (`a.md` and `A.mdx`) are an error at the second.
 */
export function checkStories(stories: readonly StoryFile[], context: StoriesContext): CheckedStories {
  const first = new Map<string, StoryFile>();
  const checked: CheckedStories = { problems: [], stories: [] };
  for (const story of stories) {
    const id = storyId(story.relative);
    const other = first.get(storyIdKey(id));
    if (!other) first.set(storyIdKey(id), story);
    if (other) {
      checked.problems.push(
        error(story.file, START, 'story.duplicate_id', `与 ${other.file} 的网址相同 (/stories/${id}/)：请给其中一个文件改名`),
      );
    }
    const one = checkStory(story, context);
    checked.problems.push(...one.problems);
    if (one.story) checked.stories.push(one.story);
  }
  return checked;
}
