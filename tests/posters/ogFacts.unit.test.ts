import { describe, expect, it } from 'vitest';
import { ogFacts } from '../../src/posters/ogFacts.ts';
import { ogCardModel, streetPosterModel } from '../../src/posters/models.ts';
import { buildingUrl, communityUrl, homeUrl, reportUrl } from '../../src/urls.ts';
import { computeStats } from '../../src/stats/computeStats.ts';
import { makeStory, makeStoryPhoto } from '../factories.ts';
import { posterDataset } from './fixtures.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

const dataset = posterDataset();
const stats = computeStats(dataset);
const facts = ogFacts(dataset, stats, posters);

describe('ogFacts: what a link card shows besides the title', () => {
  it('gives the home page and each month the street figures of that month, with the data date', () => {
    expect(facts.get(homeUrl())?.figures).toEqual(
      streetPosterModel(dataset.report, posters, stats, stats.latestMonth).figures,
    );
    expect(facts.get(reportUrl('2025-01'))).toMatchObject({
      figures: streetPosterModel(dataset.report, posters, stats, '2025-01').figures,
      subtitle: `${dataset.report.street} · 数据截至2025年1月31日`,
      state: undefined,
    });
  });

  it('gives a community its own figures and a building its state in residents’ words', () => {
    expect(facts.get(communityUrl('c1'))?.figures.map((f) => f.label)).toEqual([
      '电梯已投入使用',
      '正在施工',
      '取得规划许可',
    ]);
    expect(facts.get(buildingUrl('short'))).toMatchObject({
      figures: [],
      state: '下一步：开工 · 第5/7步',
    });
    expect(facts.get(buildingUrl('short'))?.subtitle).toContain('西湾东社区');
  });

  it('gives a story its first photo and keeps its own description', () => {
    const story = makeStory({ slug: 'lift' });
    const withPhotos = {
      ...dataset,
      stories: [story],
      storyPhotos: [makeStoryPhoto(story, 'a.jpg'), makeStoryPhoto(story, 'b.jpg')],
    };
    const f = ogFacts(withPhotos, stats, posters).get('/stories/lift/');
    expect(f?.photo?.hash).toBe('hash-a.jpg');
    expect(ogCardModel(dataset.report, posters, { title: '电梯', subtitle: '故事简介' }, f).subtitle).toBe(
      '故事简介',
    );
  });

  it('leaves other pages with their own description', () => {
    expect(facts.has('/about/')).toBe(false);
    const card = ogCardModel(
      dataset.report,
      posters,
      { title: '关于', subtitle: '数据从哪里来' },
      facts.get('/about/'),
    );
    expect(card).toMatchObject({ subtitle: '数据从哪里来', figures: [], state: undefined });
  });
});
