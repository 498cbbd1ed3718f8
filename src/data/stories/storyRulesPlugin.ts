// Build side of the story rules: a Sätteri mdast plugin (astro.config.mjs) that runs the same checks
// on the tree the build is about to compile, and stops the build with validate's exact messages.
// It runs before MDX is turned into code, so a refused story never runs and nothing is written.
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { formatProblem } from '../formatProblems.ts';
import { error, type Position } from '../problem.ts';
import { positionFinder } from '../textPosition.ts';
import { splitFrontMatter } from './splitFrontMatter.ts';
import { checkStoryTree, type StoryNode } from './storyRules.ts';

/** The file as validate names it: `<data dir>/stories/…` when it is a story, else relative to here. */
function displayPath(fileURL: URL | undefined, dataDir: string): string {
  if (!fileURL) return '(未知文件)';
  const file = fileURLToPath(fileURL);
  const stories = resolve(dataDir, 'stories');
  if (file.startsWith(stories + sep)) return join(dataDir, 'stories', relative(stories, file));
  return relative(process.cwd(), file);
}

/**
 * Maps places in the compiled source to places in the file. MDX gets the file with its front matter
 * blanked (same places); Markdown collections get the body alone (front matter removed, trimmed).
 */
function filePlaces(fileURL: URL | undefined, source: string): (at: Position) => Position {
  const same = (at: Position): Position => at;
  let text: string;
  try {
    text = fileURL ? readFileSync(fileURL, 'utf8') : source;
  } catch {
    return same;
  }
  const split = splitFrontMatter(text);
  if (split.fence === undefined || source === split.body) return same;
  const index = text.indexOf(source, split.rawOffset + split.raw.length);
  if (index < 0) return same;
  const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)];
  const inFile = positionFinder(text);
  return (at) => inFile(index + (lineStarts[at.line - 1] ?? 0) + at.column - 1);
}

/** The plugin for `markdown.processor: satteri({ mdastPlugins: [...] })`; `dataDir` as the build's. */
export function storyRulesPlugin(dataDir: string): MdastPluginDefinition {
  return {
    name: 'gongshi-story-rules',
    options: { position: true },
    before(root, ctx) {
      const violations = checkStoryTree(root as StoryNode, ctx.source);
      if (violations.length === 0) return;
      const file = displayPath(ctx.fileURL, dataDir);
      const place = filePlaces(ctx.fileURL, ctx.source);
      const lines = violations.map((v) => formatProblem(error(file, place(v), v.code, v.message), 'text'));
      throw new Error(`故事含有不允许的内容，网站未生成：\n${lines.join('\n')}`);
    },
  };
}
