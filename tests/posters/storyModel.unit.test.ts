import { describe, expect, it } from 'vitest';
import { posterAlt } from '../../src/posters/alt.ts';
import { posterKey } from '../../src/posters/cache.ts';
import { posterJobs } from '../../src/posters/jobs.ts';
import { ogFacts } from '../../src/posters/ogFacts.ts';
import { storyCover, storyExcerpt, storyPosterModel } from '../../src/posters/storyModel.ts';
import { posterSize, POSTER_SIZES } from '../../src/posters/types.ts';
import { computeStats } from '../../src/stats/computeStats.ts';
import { storyPosterUrl, storyPrintPosterUrl, storyUrl } from '../../src/urls.ts';
import { makeStory, makeStoryPhoto } from '../factories.ts';
import { LONG_ADDRESS, posterDataset } from './fixtures.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

const lift = makeStory({ slug: 'lift', buildings: ['short', 'long'] });
const other = makeStory({ slug: 'other', buildings: ['idle'], lead: '' });
const dataset = {
  ...posterDataset(),
  stories: [other, lift],
  // The other story's photo comes first: a story's cover is its own first photo, not the first of all.
  storyPhotos: [makeStoryPhoto(other, 'x.jpg'), makeStoryPhoto(lift, 'a.jpg'), makeStoryPhoto(lift, 'b.jpg')],
};

describe('storyPosterModel', () => {
  const model = storyPosterModel(dataset, posters, lift);

  it('names the story, who tells it, its buildings and date, with a QR code to its page', () => {
    expect(model).toMatchObject({
      kind: 'story',
      edition: 'screen',
      kicker: '居民故事 · 测试街',
      title: '电梯开通',
      byline: `王阿姨讲述 · 西湾东1号、${LONG_ADDRESS}`,
      date: '2025年6月1日',
      qrUrl: 'https://example.org/stories/lift/',
      displayUrl: 'example.org/stories/lift/',
      cta: '扫码读完整的故事',
      publisher: dataset.report.contact.office,
    });
  });

  it("lists every step of the story's first building as it stands in the latest month", () => {
    expect(model.steps.map((step) => `${step.label} ${step.date ?? '-'}`)).toEqual(
      dataset.report.milestones.map((m) => `${m.label} ${m.key === 'permit' ? '2024年12月5日' : '-'}`),
    );
  });

  it('quotes the opening words, or the summary when the story opens with none', () => {
    expect(model.excerpt).toBe('楼里商量加装电梯，说了好几年。');
    expect(storyPosterModel(dataset, posters, other).excerpt).toBe('测试用的故事。');
  });

  it("shows the story's own first photo, its content hash in the model (so in the cache key)", () => {
    expect(model.photo).toEqual({
      file: 'fixture/stories/lift/a.jpg',
      hash: 'hash-a.jpg',
      alt: '新电梯启用那天，邻居们在楼下合影',
      credit: '居民供图',
    });
    const [first, ...rest] = dataset.storyPhotos.filter((p) => p.story === lift.file);
    const changed = { ...dataset, storyPhotos: [{ ...first!, hash: 'hash-retouched' }, ...rest] };
    expect(posterKey(storyPosterModel(changed, posters, lift), 'f')).not.toBe(posterKey(model, 'f'));
    expect(storyCover(lift, dataset.storyPhotos)?.src).toBe('./a.jpg');
  });

  it('draws no photo for a story without one, nor on paper (a changed photo keeps the print edition)', () => {
    expect(storyPosterModel({ ...dataset, storyPhotos: [] }, posters, lift).photo).toBeUndefined();
    const print = storyPosterModel(dataset, posters, lift, 'print');
    expect(print).toMatchObject({ edition: 'print', photo: undefined });
    expect(posterSize(print)).toEqual(POSTER_SIZES.print);
    const changed = { ...dataset, storyPhotos: dataset.storyPhotos.map((p) => ({ ...p, hash: 'new' })) };
    expect(posterKey(storyPosterModel(changed, posters, lift, 'print'), 'f')).toBe(posterKey(print, 'f'));
  });

  it('marks a sample story as a story, not as sample statistics', () => {
    const sample = storyPosterModel(
      { ...dataset, report: { ...dataset.report, illustrative: false } },
      posters,
      { ...lift, sample: true },
    );
    expect(sample).toMatchObject({ illustrative: true, sampleLabel: '示例故事 · 并非真人真事' });
    expect(posterAlt(sample, posters)).toContain('（示例故事，并非真人真事）');
    expect(posterAlt(sample, posters)).not.toContain('示例数据');
    const real = storyPosterModel(
      { ...dataset, report: { ...dataset.report, illustrative: false } },
      posters,
      lift,
    );
    expect(real.illustrative).toBe(false);
    expect(posterAlt(real, posters)).not.toContain('示例');
  });

  it('has alt text in Chinese with everything the poster says, the photo included', () => {
    expect(posterAlt(model, posters)).toBe(
      `海报：居民故事 · 测试街。电梯开通（示例数据，并非真实统计）。王阿姨讲述 · 西湾东1号、${LONG_ADDRESS}，2025年6月1日。` +
        '故事开头：“楼里商量加装电梯，说了好几年。”' +
        '照片：新电梯启用那天，邻居们在楼下合影（图片来源：居民供图）。' +
        `扫码读完整的故事：https://example.org/stories/lift/。发布：${dataset.report.contact.office}。`,
    );
    expect(posterAlt(storyPosterModel(dataset, posters, lift, 'print'), posters)).not.toContain('照片');
  });
});

describe('storyExcerpt', () => {
  it('keeps whole sentences up to the limit', () => {
    expect(storyExcerpt('第一句。第二句！第三句很长很长很长。', 8)).toBe('第一句。第二句！');
    expect(storyExcerpt('“好！”他说。还有。', 10)).toBe('“好！”他说。还有。');
    expect(storyExcerpt('“好！”他说。还有。', 7)).toBe('“好！”他说。');
    expect(storyExcerpt('没有句号的一句话', 20)).toBe('没有句号的一句话');
  });

  it('cuts a first sentence longer than the limit with an ellipsis', () => {
    expect(storyExcerpt('一二三四五六七八九十。', 5)).toBe('一二三四五…');
  });
});

describe('story posters in the build', () => {
  const stats = computeStats(dataset);

  it('gives every story a share poster and an A4 print edition', () => {
    const paths = posterJobs(dataset, stats, posters).map((j) => j.path);
    for (const slug of ['lift', 'other']) {
      expect(paths).toContain(storyPosterUrl(slug));
      expect(paths).toContain(storyPrintPosterUrl(slug));
    }
  });

  it("gives the story page's link card the poster's cover", () => {
    const facts = ogFacts(dataset, stats, posters);
    expect(facts.get(storyUrl('lift'))?.photo).toEqual(storyPosterModel(dataset, posters, lift).photo);
    expect(facts.get(storyUrl('other'))?.photo?.hash).toBe('hash-x.jpg');
    expect(facts.has(storyUrl('nowhere'))).toBe(false);
  });
});
