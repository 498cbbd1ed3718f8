// One fixture story per construct that would run code or put script on a page: validate names its
// exact place, and the build's own Markdown plugin (through Astro's MDX/Markdown processor) stops with
// the very same line. tests/site/dataBuilds.test.ts runs one such story through a whole build.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../scripts/validate.ts';
import { STORY_FEATURES } from '../../src/data/stories/parseStoryBody.ts';
import { splitFrontMatter } from '../../src/data/stories/splitFrontMatter.ts';
import { storyRulesPlugin } from '../../src/data/stories/storyRulesPlugin.ts';
import { writeDataset } from './tempDataset.ts';

const FIXTURES = join(import.meta.dirname, 'hostile-stories');

// file → place and rule of the one refused construct in it.
const CASES: ReadonlyArray<[string, string, string]> = [
  ['import.mdx', '11:1', 'story.esm'],
  ['export.mdx', '11:1', 'story.esm'],
  ['text-expression.mdx', '11:5', 'story.expression'],
  ['attribute-expression.mdx', '11:8', 'story.attribute_expression'],
  ['spread.mdx', '11:8', 'story.spread'],
  ['unknown-component.mdx', '11:1', 'story.unknown_component'],
  ['script.mdx', '11:1', 'story.html_element'],
  ['iframe.mdx', '11:1', 'story.html_element'],
  ['event-handler.md', '11:8', 'story.event_handler'],
  ['style-attribute.mdx', '11:7', 'story.style_attribute'],
  ['javascript-link.mdx', '11:1', 'story.link'],
  ['data-image.mdx', '11:1', 'story.image'],
];

/** What validate prints for a data directory holding the valid test data plus one story. */
async function validateWith(name: string): Promise<{ code: number; dir: string; lines: string[] }> {
  const dir = await writeDataset();
  await mkdir(join(dir, 'stories'), { recursive: true });
  await copyFile(join(FIXTURES, name), join(dir, 'stories', name));
  const lines: string[] = [];
  const code = await runValidate(['--data', dir], { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l), env: {} });
  return { code, dir, lines };
}

/** The error the build's processor throws for a story, compiled as Astro compiles it. */
async function buildError(file: string, dataDir: string): Promise<string> {
  const processor = satteri({ features: STORY_FEATURES, mdastPlugins: [storyRulesPlugin(dataDir)] });
  const text = readFileSync(file, 'utf8');
  try {
    if (file.endsWith('.mdx')) {
      const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false, srcDir: pathToFileURL(dataDir) });
      await renderer.process(splitFrontMatter(text).body, file, {});
    } else {
      // Astro's content loader renders a Markdown story's body alone, front matter removed and trimmed.
      const body = text.replace(/^---[\s\S]*?\n---/, '').trim();
      await processor.createRenderer({ syntaxHighlight: false }).then((r) => r.render(body, { fileURL: pathToFileURL(file) }));
    }
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return '(no error)';
}

describe('hostile stories', () => {
  it.each(CASES)('%s is refused at %s by validate and by the build', async (name, place, code) => {
    const { code: exit, dir, lines } = await validateWith(name);
    const file = join(dir, 'stories', name);
    expect(exit).toBe(1);
    // Every error is at the construct (a data: image is also refused by the photo rules, at the same place).
    const errors = lines.filter((l) => l.includes(': error: '));
    for (const line of errors) expect(line.startsWith(`${file}:${place}: error: `), line).toBe(true);

    const json: string[] = [];
    await runValidate(['--data', dir, '--format', 'json'], { stdout: (l) => json.push(l), stderr: () => {}, env: {} });
    const problems = (JSON.parse(json.join('\n')) as { problems: Array<{ code: string; message: string }> }).problems;
    const ours = problems.filter((p) => p.code.startsWith('story.'));
    expect(ours.map((p) => p.code)).toEqual([code]);

    const expected = `${file}:${place}: error: ${ours[0]?.message ?? ''}`;
    expect(errors).toContain(expected);
    expect((await buildError(file, dir)).split('\n')).toContain(expected);
  });

  it('annotates the pull request at the story', async () => {
    const { dir } = await validateWith('import.mdx');
    const lines: string[] = [];
    await runValidate(['--data', dir, '--format', 'github'], { stdout: (l) => lines.push(l), stderr: () => {}, env: {} });
    expect(lines[0]).toMatch(/^::error file=.*import\.mdx,line=11,col=1::故事里不能写 import/);
  });
});
