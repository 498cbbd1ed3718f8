// What a story may contain besides Markdown: the diary and photo components and a few plain formatting
// tags. A new component is added here with its attributes, and passed to <Content> in
// src/pages/stories/[slug].astro; anything not listed is refused at validate and build time.
import { imageProblem } from './storyUrls.ts';

/** What an attribute value must look like. Values are always literal strings, never `{…}`. */
export type AttributeType = 'text' | 'date' | 'milestone' | 'building' | 'image';

export interface AttributeSpec {
  type: AttributeType;
  required: boolean;
  /** Shown in messages and in data/README.md. */
  example: string;
}

/** Components a story may use, with every attribute they accept. */
export const STORY_COMPONENTS: Readonly<Record<string, Readonly<Record<string, AttributeSpec>>>> = {
  Diary: {
    title: { type: 'text', required: false, example: '黄叔的日记' },
  },
  DiaryEntry: {
    date: { type: 'date', required: true, example: '2024-03-05' },
    milestone: { type: 'milestone', required: false, example: 'group_formed' },
    building: { type: 'building', required: false, example: 'xiwandong-001' },
  },
  // A story's own photo, <StoryPhoto> on the page (src/data/photos checks the file, alt text and credit).
  Photo: {
    src: { type: 'image', required: true, example: './开工.jpg' },
    alt: { type: 'text', required: true, example: '施工队在楼下搭起脚手架' },
    credit: { type: 'text', required: true, example: '长乐社区居委会' },
    caption: { type: 'text', required: false, example: '2025年5月，开工第一天' },
  },
};

/** Plain formatting tags allowed as raw HTML (.md) or lowercase JSX (.mdx): they cannot run or load anything. */
export const FORMATTING_TAGS: ReadonlySet<string> = new Set([
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'del',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
]);

/** Attributes allowed on formatting tags (literal text only). */
export const FORMATTING_ATTRIBUTES: ReadonlySet<string> = new Set(['title', 'lang']);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KEY = /^[a-z][a-z0-9_]*$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** What the data says exists; without it (in the build's plugin) only the shape of a value is checked. */
export interface StoryContext {
  milestones?: ReadonlySet<string> | undefined;
  buildings?: ReadonlySet<string> | undefined;
}

const listed = (values: ReadonlySet<string>): string => [...values].join('、');

/** Why a literal attribute value does not fit its type, or undefined when it fits. */
export function attributeTypeProblem(spec: AttributeSpec, value: string, context: StoryContext = {}): string | undefined {
  switch (spec.type) {
    case 'text':
      return value.trim() === '' ? '不能为空' : undefined;
    case 'date':
      return isIsoDate(value) ? undefined : `应是 YYYY-MM-DD 格式的日期，例如 ${spec.example}`;
    case 'milestone':
      if (!KEY.test(value)) return `应是 report.json 中里程碑的 key，例如 ${spec.example}`;
      if (context.milestones && !context.milestones.has(value)) {
        return `不在 report.json 的 milestones 中：可用的有 ${listed(context.milestones)}`;
      }
      return undefined;
    case 'building':
      if (!ID.test(value)) return `应是 buildings.csv 中的 building_id，例如 ${spec.example}`;
      if (context.buildings && !context.buildings.has(value)) return '不在 buildings.csv 中：请写登记表里的 building_id';
      return undefined;
    case 'image':
      return imageProblem(value, true);
  }
}
