// A story's front matter: plain data, checked by validate and by Astro's content collection alike.
import { z } from 'zod';
import { isIsoDate } from './storyComponents.ts';

const text = z.string().trim().min(1);

// YAML reads an unquoted 2025-09-10 as a date and a quoted one as text; both must be a real day.
const day = z.unknown().transform((value, ctx) => {
  const iso =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? ''
        : value.toISOString().slice(0, 10)
      : typeof value === 'string'
        ? value.trim()
        : '';
  if (!isIsoDate(iso)) {
    ctx.addIssue({ code: 'custom', message: 'date 应是 YYYY-MM-DD 格式的日期，例如 date: 2025-08-01' });
    return z.NEVER;
  }
  return new Date(`${iso}T00:00:00Z`);
});

export const storySchema = z.strictObject({
  title: text,
  /** Publication date, never after the build day. */
  date: day,
  /** Registry building ids the story is about; each gets a link both ways. */
  buildings: z.array(text).min(1),
  /** The name the resident chose to be shown by, never a legal name unless they chose it. */
  displayName: text,
  /** Separate consent to publish is recorded with the street office (PIPL); no consent, no story. */
  consentRecorded: z.literal(true),
  /** Invented sample content, labelled as such on the page. */
  sample: z.boolean(),
  summary: text,
  /** Only tolerated when it equals the file name: a story's address comes from its file name. */
  slug: z.string().optional(),
});

export type StoryFrontMatter = z.output<typeof storySchema>;

const EXAMPLES: Record<string, string> = {
  title: 'title: 黄叔的日记',
  date: 'date: 2025-08-01',
  buildings: 'buildings: [xiwandong-001]',
  displayName: 'displayName: 黄叔',
  consentRecorded: 'consentRecorded: true',
  sample: 'sample: false',
  summary: 'summary: 一句话介绍这个故事',
};

const CONSENT =
  'consentRecorded 必须是 true：只有本人同意发表、并在街道办登记了同意的故事才能发布；没有同意，请不要放进 stories/';

/**
 * Chinese message for one schema issue; `where` is the dotted path, e.g. `buildings.0`, and `missing`
 * says the field is absent.
 */
export function storyIssueMessage(issue: z.core.$ZodIssue, where: string, missing: boolean): string {
  const field = where.split('.')[0] ?? where;
  const example = EXAMPLES[field] ? `，例如 ${EXAMPLES[field]}` : '';
  if (missing) return `缺少 ${where}：请在故事开头的 --- 之间添加一行${example}`;
  if (field === 'consentRecorded') return CONSENT;
  switch (issue.code) {
    case 'invalid_type':
      return `${where} 的值类型不对${example}`;
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join(', ')}：故事信息只能有 ${Object.keys(EXAMPLES).join('、')}；请检查拼写，或删除`;
    case 'too_small':
      return issue.origin === 'array' ? `${where} 至少要写一个编号（buildings.csv 的 building_id）${example}` : `${where} 不能为空${example}`;
    case 'custom':
      return issue.message;
    default:
      return `${where}：${issue.message}${example}`;
  }
}
