// Page contents of the built sample site (one shared build: tests/global-setup.ts).
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.ts';
import type { Dataset } from '../../src/data/types.ts';
import {
  buildingUrl,
  communityUrl,
  ogImageUrl,
  reportUrl,
  storyPosterUrl,
  storyPrintPosterUrl,
  storyUrl,
} from '../../src/urls.ts';
import { hasPage, htmlFileFor } from '../browser/dist.ts';
import { metadataTags } from '../data/plantedPhoto.ts';

let dataset: Dataset;
const html = (url: string): string => readFileSync(htmlFileFor(url), 'utf8');
/** Text content of the elements with `data-figure="key"` (value line only, inside its keep-together span). */
const figure = (page: string, key: string): string | undefined =>
  new RegExp(
    `data-figure="${key}"[^>]*><span class="figure-value"[^>]*>(?:<span class="nowrap">)?([^<]*)<`,
  ).exec(page)?.[1];

beforeAll(async () => {
  const result = await loadDataset('data');
  if (!result.ok) throw new Error('sample data does not load');
  dataset = result.dataset;
});

describe('every page exists', () => {
  it('has one page per registry building, community and snapshot month', () => {
    const missing = [
      ...dataset.buildings.map((b) => buildingUrl(b.id)),
      ...dataset.communities.map((c) => communityUrl(c.id)),
      ...dataset.snapshots.map((s) => reportUrl(s.month)),
    ].filter((url) => !hasPage(url));
    expect(missing).toEqual([]);
  });

  it('has the section pages, stories and a 404', () => {
    for (const url of [
      '/',
      '/communities/',
      '/buildings/',
      '/reports/',
      '/stories/',
      '/stories/huangshu-diary/',
      '/about/',
      '/404.html',
    ]) {
      expect(hasPage(url), url).toBe(true);
    }
  });
});

describe('home page', () => {
  it('shows the September figures', () => {
    const page = html('/');
    expect(page).toContain('2025年9月');
    expect(figure(page, 'in_service')).toBe('56栋');
    expect(figure(page, 'in_service_pending')).toBe('40栋');
    expect(figure(page, 'permit')).toBe('101栋');
    expect(figure(page, 'subsidy')).toBe('25栋');
    expect(figure(page, 'group_formed')).toBe('137栋');
    expect(figure(page, 'eligible')).toBe('152栋');
  });

  it('has every chart with a summary and a data table, and no script', () => {
    const page = html('/');
    for (const id of ['funnel-chart', 'trend-chart', 'communities-chart', 'map-chart']) {
      expect(page).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
    }
    expect(page.match(/<details class="chart-data"/g)).toHaveLength(4);
    // Our two scripts: the reading-mode switch and the read-aloud button (together under 2 KB); no inline script.
    expect(page.match(/<script\b[^>]*>/gi)).toEqual([
      '<script src="/reading.js">',
      '<script src="/read-aloud.js" defer>',
    ]);
  });

  it('stays under 100 KB with its CSS', () => {
    const page = html('/');
    const css = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
      (m) => readFileSync(htmlFileFor(m[1]!)).length,
    );
    expect(Buffer.byteLength(page) + css.reduce((a, b) => a + b, 0)).toBeLessThan(100_000);
  });

  it('is zh-CN with an og:image and a large-image card', () => {
    const page = html('/');
    expect(page).toMatch(/<html lang="zh-CN"[ >]/);
    expect(page).toMatch(/<meta property="og:image" content="https:\/\/[^"]+\/og\/index\.png"/);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image"');
  });
});

describe('community and building pages', () => {
  it('sorts a community’s buildings by stage, furthest first', () => {
    const page = html(communityUrl('xiwandong'));
    const table = page.slice(page.indexOf('class="building-table"'));
    const stages = [...table.matchAll(/<span class="stage">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(stages[0]).toBe('补贴拨付');
    expect(stages.at(-1)).toBe('不在加装范围');
  });

  it('gives 西湾东1号 its milestones, breadcrumbs and its diary', () => {
    const page = html(buildingUrl('xiwandong-001'));
    expect(page).toContain('<h1>西湾东1号</h1>');
    expect(page).toMatch(/<p class="building-headline[^"]*">\s*电梯已投入使用/);
    expect(page).toContain('2023年11月12日');
    expect(page).toContain(`href="${communityUrl('xiwandong')}"`);
    expect(page).toContain('href="/stories/huangshu-diary/"');
  });

  it('describes building and community pages for sharing with their stage and figures', () => {
    const description = (page: string): string | undefined =>
      /<meta name="description" content="([^"]*)"/.exec(page)?.[1];
    expect(description(html(buildingUrl('xiwandong-001')))).toMatch(
      /^西村街西湾东社区西湾东1号：电梯已投入使用（\d{4}年\d{1,2}月\d{1,2}日），补贴已拨付$/,
    );
    const eligible = dataset.buildings.filter((b) => b.communityId === 'xiwandong' && b.eligible).length;
    expect(description(html(communityUrl('xiwandong')))).toMatch(
      new RegExp(`^西村街西湾东社区：${eligible}栋符合加装条件，\\d+栋已投入使用（截至2025年9月底）$`),
    );
  });

  it('explains why an ineligible building is not tracked', () => {
    const b = dataset.buildings.find((x) => !x.eligible && x.ineligibleReason)!;
    expect(html(buildingUrl(b.id))).toContain(b.ineligibleReason);
  });
});

describe('monthly reports and stories', () => {
  it('shows a correction with its date and reason in the month it appears', () => {
    const c = dataset.corrections[0];
    if (!c) return;
    const page = html(reportUrl(c.month));
    expect(page).toContain(c.reason);
  });

  it('lists the late report as 补录 on its month’s report and on /changes/, apart from corrections', () => {
    const late = dataset.corrections.find((c) => c.oldValue === '');
    expect(late, 'the sample has a late report').toBeDefined();
    if (!late) return;
    const address = dataset.buildings.find((b) => b.id === late.buildingId)?.address ?? '';
    const report = html(reportUrl(late.month)).replace(/<[^>]+>/g, '');
    expect(report).toContain('补录');
    expect(report).toMatch(new RegExp(`${address}「[^」]+」${late.newValue.slice(0, 4)}年`));
    const changes = html('/changes/').replace(/<[^>]+>/g, '');
    expect(changes).toContain(`补录：1处`);
    expect(changes).toContain(`${late.date}补录：${late.reason}`);
    expect(changes).not.toMatch(/（空） → /);
  });

  it('renders the diary as an ordered timeline linked to milestones', () => {
    const page = html('/stories/huangshu-diary/');
    expect(page).toContain('<ol class="diary">');
    expect(page).toContain('href="/buildings/xiwandong-001/#milestone-in_service"');
    expect(page).toContain('示例故事');
  });
});

describe('story posters', () => {
  it('give every story a share poster of its own, with a photo where it has one', async () => {
    for (const story of dataset.stories) {
      const page = html(storyUrl(story.slug));
      const img = /<img class="poster-image" src="([^"]+)"[^>]*alt="([^"]*)"/.exec(page);
      expect(img?.[1], story.slug).toBe(storyPosterUrl(story.slug));
      expect(hasPage(img![1]!), story.slug).toBe(true);
      expect(img?.[2]).toContain(story.title);
      expect(img?.[2]).toContain(`${story.displayName}讲述`);
    }
    const diary = html(storyUrl('huangshu-diary'));
    expect(/<img class="poster-image"[^>]*alt="([^"]*)"/.exec(diary)?.[1]).toContain('照片：');
    const meta = await sharp(htmlFileFor(storyPosterUrl('huangshu-diary'))).metadata();
    expect([meta.width, meta.height, meta.exif, meta.xmp]).toEqual([1080, 1440, undefined, undefined]);
  });

  it("give Huang Shu's diary a print edition and a link card with its cover photo, none carrying metadata", async () => {
    const url = storyUrl('huangshu-diary');
    const page = html(url);
    expect(page).toContain(`href="${storyPrintPosterUrl('huangshu-diary')}" download`);
    const og = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(new URL(og).pathname).toBe(ogImageUrl(url));
    const files = [storyPosterUrl, storyPrintPosterUrl].map((u) => htmlFileFor(u('huangshu-diary')));
    files.push(htmlFileFor(ogImageUrl(url)));
    expect(metadataTags(files)).toEqual([]);
    const print = await sharp(files[1]).metadata();
    expect([print.width, print.height, print.density]).toEqual([2480, 3508, 300]);
    // The card draws the cover at its right edge (in the padding of a card without one): photo, not paper.
    const card = sharp(files[2]);
    expect([(await card.metadata()).width, (await card.metadata()).height]).toEqual([1200, 630]);
    const { data } = await card
      .extract({ left: 1180, top: 300, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data]).not.toEqual([0xfb, 0xf7, 0xef]);
    const photoStories = new Set(dataset.storyPhotos.map((p) => p.story));
    const withoutPhoto = dataset.stories.find((s) => !photoStories.has(s.file));
    if (!withoutPhoto) throw new Error('the sample has no story without photos');
    const plain = sharp(htmlFileFor(ogImageUrl(storyUrl(withoutPhoto.slug))));
    const { data: paper } = await plain
      .extract({ left: 1180, top: 300, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...paper]).toEqual([0xfb, 0xf7, 0xef]);
  });
});

describe('poster links', () => {
  it('link only to posters the build wrote', () => {
    for (const url of ['/', buildingUrl('xiwandong-001'), communityUrl('xiwan'), reportUrl('2025-09')]) {
      const href = /<a class="poster-link" href="([^"]+)"/.exec(html(url))?.[1];
      expect(href, url).toBeDefined();
      expect(hasPage(href!), href).toBe(true);
    }
  });

  it('show the poster with its text as alt, the print edition and how to share it in WeChat', () => {
    const page = html('/');
    const img = /<img class="poster-image" src="([^"]+)" alt="([^"]+)"/.exec(page);
    expect(img?.[1]).toBe('/posters/2025-09.png');
    for (const words of ['西村街', '2025年9月', '56栋', '40栋', '101栋', '示例数据'])
      expect(img?.[2]).toContain(words);
    expect(page).toContain('href="/posters/print/2025-09.png" download');
    expect(page).toContain('长按上面的海报图片');
    const building = html(buildingUrl('xiwandong-001'));
    expect(
      /<img class="poster-image" src="\/posters\/buildings\/xiwandong-001.png" alt="[^"]*西湾东1号/.test(
        building,
      ),
    ).toBe(true);
  });
});
