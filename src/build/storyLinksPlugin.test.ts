import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { STORY_FEATURES } from '../data/stories/parseStoryBody.ts';
import { storyLinksPlugin } from './storyLinksPlugin.ts';

const STORY =
  '[关于](/about/) [楼栋](../../buildings/b1/) [外站](https://example.org/a/) [本页](#top) [数据][d]\n\n' +
  '[d]: /data/snapshots/2025-09.csv\n';

/** The hrefs of a story rendered as Astro renders Markdown, with the plugin for `base`. */
async function hrefs(base: string): Promise<string[]> {
  const processor = satteri({ features: STORY_FEATURES, mdastPlugins: [storyLinksPlugin(base)] });
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(STORY, {});
  return [...code.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('story links under a base path', () => {
  it('leaves every link as written at the root', async () => {
    expect(await hrefs('/')).toEqual([
      '/about/',
      '../../buildings/b1/',
      'https://example.org/a/',
      '#top',
      '/data/snapshots/2025-09.csv',
    ]);
  });

  it('puts root-absolute links and definitions under /xicun/, nothing else', async () => {
    expect(await hrefs('/xicun/')).toEqual([
      '/xicun/about/',
      '../../buildings/b1/',
      'https://example.org/a/',
      '#top',
      '/xicun/data/snapshots/2025-09.csv',
    ]);
  });
});
