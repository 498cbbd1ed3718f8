// A story's front matter → checked data, each problem at the offending key or value in the file.
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { error, type Position } from '../problem.ts';
import { positionFinder } from '../textPosition.ts';
import type { Problem } from '../types.ts';
import type { SplitStory } from './splitFrontMatter.ts';
import { storyIssueMessage, storySchema, type StoryFrontMatter } from './storySchema.ts';

export type FrontMatterPath = ReadonlyArray<string | number>;

export interface FrontMatterResult {
  data?: StoryFrontMatter;
  /** The front matter as read, valid or not, so one bad field does not hide checks of the others. */
  value?: Record<string, unknown>;
  problems: Problem[];
  /** Place of the value at `path` (or of its key, or of the block) in the file. */
  locate(path: FrontMatterPath, key?: boolean): Position;
}

const HOW = '故事开头要有用 --- 包围的故事信息（title、date、buildings、displayName、consentRecorded、sample、summary），见 data/README.md';

/** Parses and checks the front matter of `split` (from splitFrontMatter of the file `text`). */
export function parseFrontMatter(text: string, split: SplitStory, file: string): FrontMatterResult {
  const positionOf = positionFinder(text);
  const blockStart = positionOf(Math.max(0, split.rawOffset - 3));
  const fail = (at: Position, code: string, message: string): FrontMatterResult => ({
    problems: [error(file, at, code, message)],
    locate: () => blockStart,
  });
  if (split.fence === undefined) return fail({ line: 1, column: 1 }, 'story.front_matter', `缺少故事信息：${HOW}`);
  if (split.fence === '+++') return fail(blockStart, 'story.front_matter', `故事信息要用 --- 包围（YAML），不能用 +++：${HOW}`);

  // Astro reads front matter with js-yaml, whose default schema includes timestamps; `yaml` matches it so.
  const doc: Document = parseDocument(split.raw, { customTags: ['timestamp'], uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => positionOf(split.rawOffset + offset);
  const firstError = doc.errors[0];
  if (firstError) {
    const duplicate = firstError.code === 'DUPLICATE_KEY';
    const message = duplicate ? '同一个字段写了两次：请只保留一个' : `故事信息的写法有误（YAML：${firstError.message.split('\n')[0] ?? ''}）：每行写成 名称: 值`;
    return fail(at(firstError.pos[0]), 'story.front_matter', message);
  }

  const locate = (path: FrontMatterPath, key = false): Position => {
    if (key && path.length === 1 && isMap(doc.contents)) {
      const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === path[0]);
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      if (range) return at(range[0]);
    }
    for (let n = path.length; n > 0; n -= 1) {
      const node = doc.getIn(path.slice(0, n), true);
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.range) return at(node.range[0]);
    }
    return blockStart;
  };

  const js: unknown = doc.toJS();
  const value = typeof js === 'object' && js !== null && !Array.isArray(js) ? (js as Record<string, unknown>) : {};
  const has = (key: unknown): boolean => Object.hasOwn(value, String(key));
  const parsed = storySchema.safeParse(js);
  if (parsed.success) return { data: parsed.data, value, problems: [], locate };
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const place = unknown !== undefined ? locate([unknown], true) : locate(path);
    const missing = path.length === 1 && !has(path[0]);
    const code = missing ? 'story.missing_field' : `story.${issue.code}`;
    return error(file, place, code, storyIssueMessage(issue, path.join('.'), missing));
  });
  return { value, problems, locate };
}
