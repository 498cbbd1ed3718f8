import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStoryBody } from './parseStoryBody.ts';
import { splitFrontMatter } from './splitFrontMatter.ts';
import { STORY_COMPONENTS } from './storyComponents.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** `line:column code` of every refused construct in a body. */
const refused = (body: string, mdx = true): string[] =>
  parseStoryBody(body, mdx).map((v) => `${v.line}:${v.column} ${v.code}`);

describe('story rules', () => {
  it('accept the sample stories and plain formatting', () => {
    const dir = join(root, 'data', 'stories');
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(parseStoryBody(splitFrontMatter(text).body, name.endsWith('.mdx')), name).toEqual([]);
    }
    const body =
      '# 标题\n\n**粗** _斜_ <b>粗</b> <abbr title="既有住宅加装电梯">加梯</abbr> <sup>2</sup><br />\n\n' +
      '[街道](https://example.org/) [楼栋](../../buildings/b1/) [本页](#top) [站内](/about/)\n\n![照片](./photos/lift.jpg)\n\n' +
      '> 引用\n\n- 列表\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n`code` \\{ 不是表达式 \\}\n';
    expect(refused(body)).toEqual([]);
    expect(refused(body.replace(/<br \/>/, '<br>'), false)).toEqual([]);
  });

  it('refuse code anywhere, also inside the diary', () => {
    const body =
      '<Diary>\n  <DiaryEntry date="2024-01-20">\n    量了 {1 + 1} 次。<script>x()</script>\n  </DiaryEntry>\n</Diary>\n';
    expect(refused(body)).toEqual(['3:8 story.expression', '3:18 story.html_element']);
  });

  it('refuse raw HTML beyond plain formatting in Markdown stories', () => {
    const body =
      '<script>\nalert(1)\n</script>\n\n文字 <b onclick="x()">粗</b> <span style="color:red">红</span> ' +
      '<a href="javascript:x()">链接</a> <img src=x onerror=alert(1)>\n\n<svg><script>x()</script></svg>\n\n' +
      '<IFRAME SRC="https://example.org/"></IFRAME>\n\n<form><input name=q></form>\n\n<!-- 注释可以 -->\n';
    expect(refused(body, false)).toEqual([
      '1:1 story.html_element',
      '5:7 story.event_handler',
      '5:33 story.style_attribute',
      '5:60 story.html_element',
      '5:92 story.html_element',
      '7:1 story.html_element',
      '7:6 story.html_element',
      '9:1 story.html_element',
      '11:1 story.html_element',
    ]);
    // In Markdown, braces and import lines are only text.
    expect(refused('import x from "y"\n\n{x}\n', false)).toEqual([]);
  });

  it('refuse links and images that are not the web, the site or the story’s own pictures', () => {
    const links = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,hi',
      'mailto:someone@example.org',
      '//evil.example/',
    ];
    for (const url of links) {
      expect(refused(`[x](<${url}>)\n`), url).toEqual(['1:1 story.link']);
    }
    expect(refused('[x](<java\tscript:x>)\n')).toEqual(['1:1 story.link']);
    expect(refused('[x][r]\n\n[r]: javascript:x\n')).toEqual(['3:1 story.link']);
    expect(refused('![x][r]\n\n[r]: https://example.org/a.png\n')).toEqual(['3:1 story.image']);
    expect(refused('<javascript:alert(1)>\n', false)).toEqual(['1:1 story.link']);
    for (const url of ['data:image/png;base64,AA', 'https://example.org/a.png', '../../secret.jpg', '/posters/a.png', './a.svg']) {
      expect(refused(`![x](${url})\n`), url).toEqual(['1:1 story.image']);
    }
  });

  it('refuse components and tags that are not listed, and attributes of the wrong type', () => {
    expect(refused('<Picture src="./a.jpg" />\n\n<a href="https://example.org/">x</a>\n\n<diary />\n')).toEqual([
      '1:1 story.unknown_component',
      '3:1 story.html_element',
      '5:1 story.html_element',
    ]);
    const body =
      '<Diary title>\n  <DiaryEntry date="2024-02-30" milestone="开工" color="red" date="2024-01-01">x</DiaryEntry>\n  <DiaryEntry>y</DiaryEntry>\n</Diary>\n';
    expect(refused(body)).toEqual([
      '1:8 story.attribute_value',
      '2:15 story.attribute_value',
      '2:33 story.attribute_value',
      '2:48 story.attribute',
      '2:60 story.attribute_duplicate',
      '3:3 story.attribute_missing',
    ]);
    expect(refused('<b class="x" title="y">z</b>\n')).toEqual(['1:4 story.attribute']);
    expect(refused('<Photo src="data:image/png;base64,AA" alt="x" credit={c} />\n')).toEqual([
      '1:8 story.attribute_value',
      '1:47 story.attribute_expression',
    ]);
    // The photo rules judge the file type (and explain HEIC); these rules only keep it beside the story.
    expect(refused('<Photo src="./开工.heic" alt="x" credit="y" />\n')).toEqual([]);
  });

  it('report a story that is not valid MDX at its place', () => {
    expect(parseStoryBody('正文\n\n<!-- 注释 -->\n', true)).toEqual([
      expect.objectContaining({ line: 3, column: 1, code: 'story.syntax' }),
    ]);
  });

  it('list exactly the components the story page passes, with their props', () => {
    const page = readFileSync(join(root, 'src', 'pages', 'stories', '[slug].astro'), 'utf8');
    const passed = /<Content components=\{\{([^}]*)\}\}/.exec(page)?.[1] ?? '';
    const components = passed.split(',').map((entry) => {
      const [name = '', file = name] = entry.split(':').map((s) => s.trim());
      return { name, file };
    });
    expect(components.map((c) => c.name).sort()).toEqual(Object.keys(STORY_COMPONENTS).sort());
    for (const { name, file } of components) {
      const source = readFileSync(join(root, 'src', 'components', `${file}.astro`), 'utf8');
      const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
      const names = [...props.matchAll(/^\s+(\w+)(\??):/gm)].map((m) => `${m[1]}${m[2]}`);
      const spec = STORY_COMPONENTS[name] ?? {};
      expect(names, name).toEqual(Object.entries(spec).map(([n, s]) => `${n}${s.required ? '' : '?'}`));
    }
  });
});
