import { describe, expect, it } from 'vitest';
import type { BuildingPhoto } from '../../src/data/types.ts';
import { posterAlt } from '../../src/posters/alt.ts';
import { posterKey } from '../../src/posters/cache.ts';
import { posterJobs } from '../../src/posters/jobs.ts';
import {
  buildingPosterModel,
  communityPosterModel,
  ogCardModel,
  printPosterModel,
  streetPosterModel,
} from '../../src/posters/models.ts';
import { computeStats } from '../../src/stats/computeStats.ts';
import { LONG_ADDRESS, LONG_COMMUNITY, posterDataset } from './fixtures.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

const dataset = posterDataset();
const stats = computeStats(dataset);
const { report } = dataset;

describe('streetPosterModel', () => {
  const model = streetPosterModel(report, posters, stats, '2025-02');

  it('has formatted headline figures, goals and the data date', () => {
    expect(model.period).toBe('2025年2月');
    expect(model.figures).toEqual([
      { label: '电梯已投入使用', value: '1栋' },
      { label: '正在施工', value: '0栋' },
      { label: '取得规划许可', value: '2栋' },
    ]);
    expect(model.progress[0]).toMatchObject({
      label: '百梯',
      valueText: '2栋 / 目标4栋',
      percentText: '50%',
      ratio: 0.5,
    });
    expect(model.progress[1]).toMatchObject({
      label: '万人',
      valueText: '380人 / 目标400人',
      percentText: '95%',
    });
    expect(model.dataDate).toBe('数据截至2025年2月28日');
  });

  it('names the buildings that moved this month', () => {
    expect(model.news).toEqual([`投入使用 1栋：${LONG_ADDRESS}`]);
  });

  it('links the QR code to the month report', () => {
    expect(model.qrUrl).toBe('https://example.org/reports/2025-02/');
    expect(model.displayUrl).toBe('example.org/reports/2025-02/');
  });

  it("shows a past month's goal progress as it stood then, not today's", () => {
    // One permit fewer in January than in the latest month.
    const series = stats.street.series.map((f) =>
      f.month === '2025-01' ? { ...f, reached: { ...f.reached, permit: 1 } } : f,
    );
    const past = { ...stats, street: { ...stats.street, series } };
    expect(streetPosterModel(report, posters, past, '2025-01').progress[0]?.valueText).toBe('1栋 / 目标4栋');
    expect(streetPosterModel(report, posters, past, '2025-02').progress[0]?.valueText).toBe('2栋 / 目标4栋');
  });

  it('has a print twin with the same content', () => {
    expect(printPosterModel(report, posters, stats, '2025-02')).toEqual({ ...model, kind: 'print' });
  });
});

describe('communityPosterModel', () => {
  it('shows shares of the community and only its news', () => {
    const c1 = dataset.communities[0];
    if (!c1) throw new Error('fixture');
    const model = communityPosterModel(report, posters, stats, c1);
    expect(model.scope).toBe('测试街 · 西湾东社区');
    expect(model.progress.map((b) => b.valueText)).toEqual(['1栋 / 1栋', '0栋 / 1栋']);
    expect(model.news).toEqual(['本月没有楼栋到达新的环节']);
    expect(model.qrUrl).toBe('https://example.org/communities/c1/');
  });
});

describe('buildingPosterModel', () => {
  it('celebrates a building that reached a celebrated milestone', () => {
    const model = buildingPosterModel(report, posters, stats, 'long');
    expect(model).toMatchObject({
      address: LONG_ADDRESS,
      community: `测试街 · ${LONG_COMMUNITY}社区`,
      headline: '电梯投入使用了！',
      date: '2025年2月12日',
      facts: ['9层', '36户'],
      journey: '从成立筹备组到投入使用，用了23个月',
      qrUrl: 'https://example.org/buildings/long/',
    });
    expect(model?.timeline.at(-1)).toEqual({ label: '投入使用', date: '2025年2月12日' });
  });

  it('gives no poster to buildings without a celebrated milestone', () => {
    expect(buildingPosterModel(report, posters, stats, 'short')).toBeUndefined();
    expect(buildingPosterModel(report, posters, stats, 'idle')).toBeUndefined();
  });
});

describe('posterJobs', () => {
  it('lists street and print posters per month, communities (with print editions) and celebrated buildings at their URLs', () => {
    expect(posterJobs(dataset, stats, posters).map((j) => j.path)).toEqual([
      '/posters/2025-01.png',
      '/posters/print/2025-01.png',
      '/posters/2025-02.png',
      '/posters/print/2025-02.png',
      '/posters/communities/c1.png',
      '/posters/print/communities/c1.png',
      '/posters/communities/c2.png',
      '/posters/print/communities/c2.png',
      '/posters/buildings/long.png',
      '/posters/print/buildings/long.png',
    ]);
  });
});

describe('posterAlt', () => {
  it('says everything the poster says', () => {
    const alt = posterAlt(streetPosterModel(report, posters, stats, '2025-02'), posters);
    for (const part of [
      '测试街',
      '2025年2月',
      '电梯已投入使用1栋',
      '百梯',
      '50%',
      LONG_ADDRESS,
      '数据截至2025年2月28日',
      '示例数据',
      'https://example.org/reports/2025-02/',
    ]) {
      expect(alt).toContain(part);
    }
  });

  it('describes building posters and cards', () => {
    const building = buildingPosterModel(report, posters, stats, 'long');
    if (!building) throw new Error('fixture');
    expect(posterAlt(building, posters)).toContain(`${LONG_ADDRESS}电梯投入使用了！2025年2月12日`);
    expect(
      posterAlt(ogCardModel(report, posters, { title: '关于', subtitle: '数据从哪里来' }), posters),
    ).toBe('关于。数据从哪里来。测试街加装电梯进展（示例数据，并非真实统计）');
  });
});

describe('celebration photo', () => {
  const photo = (over: Partial<BuildingPhoto>): BuildingPhoto => ({
    file: 'photos/a.jpg',
    alt: '居民试乘新电梯',
    credit: '街道办',
    width: 1600,
    height: 1200,
    hash: 'a',
    buildingId: 'long',
    milestone: 'in_service',
    date: '2025-02-10',
    ...over,
  });

  it('uses the latest photo of the building at the celebrated milestone, and only that', () => {
    const photos = [
      photo({ file: 'old.jpg', date: '2025-02-01', hash: 'old' }),
      photo({ file: 'new.jpg', date: '2025-02-20', hash: 'new' }),
      photo({ file: 'other-step.jpg', milestone: 'permit', date: '2025-02-25' }),
      photo({ file: 'other-building.jpg', buildingId: 'short', date: '2025-02-28' }),
    ];
    expect(buildingPosterModel(report, posters, stats, 'long', photos)?.photo).toEqual({
      file: 'new.jpg',
      hash: 'new',
      alt: '居民试乘新电梯',
      credit: '街道办',
    });
    expect(buildingPosterModel(report, posters, stats, 'long')?.photo).toBeUndefined();
  });

  it('renders the poster again when the photo changes, not when it stays the same', () => {
    const withHash = (hash: string) =>
      buildingPosterModel(report, posters, stats, 'long', [photo({ hash })])!;
    expect(posterKey(withHash('a'), 'f')).toBe(posterKey(withHash('a'), 'f'));
    expect(posterKey(withHash('a'), 'f')).not.toBe(posterKey(withHash('b'), 'f'));
  });
});

describe('month photo', () => {
  it("puts the month's latest photo in scope on the street and community posters, never on print", () => {
    const photos = [
      {
        file: 'aug.jpg',
        alt: 'a',
        credit: 'c',
        width: 1,
        height: 1,
        hash: '1',
        buildingId: 'short',
        milestone: 'permit',
        date: '2025-01-31',
      },
      {
        file: 'feb.jpg',
        alt: 'b',
        credit: 'c',
        width: 1,
        height: 1,
        hash: '2',
        buildingId: 'long',
        milestone: 'in_service',
        date: '2025-02-10',
      },
    ];
    expect(streetPosterModel(report, posters, stats, '2025-02', photos).photo?.file).toBe('feb.jpg');
    expect(streetPosterModel(report, posters, stats, '2025-01', photos).photo?.file).toBe('aug.jpg');
    expect(printPosterModel(report, posters, stats, '2025-02').photo).toBeUndefined();
    const c1 = dataset.communities[0]!;
    expect(communityPosterModel(report, posters, stats, c1, photos).photo).toBeUndefined(); // 'long' is in c2
  });
});
