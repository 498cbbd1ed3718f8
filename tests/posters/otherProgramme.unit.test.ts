// Posters, link cards and their alt text for another programme (estates counted in 个, celebrated at
// 竣工验收): its own words on every poster, none of the elevator programme's.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types.ts';
import { posterAlt } from '../../src/posters/alt.ts';
import {
  buildingPosterModel,
  communityPosterModel,
  communityPrintPosterModel,
  ogCardModel,
  printPosterModel,
  streetPosterModel,
} from '../../src/posters/models.ts';
import { ogFacts } from '../../src/posters/ogFacts.ts';
import { storyPosterModel } from '../../src/posters/storyModel.ts';
import { posterLayout } from '../../src/posters/templates/index.ts';
import { textOf } from '../../src/posters/tree.ts';
import type { PosterModel } from '../../src/posters/types.ts';
import { computeStats } from '../../src/stats/computeStats.ts';
import {
  makeBuilding,
  makeCommunity,
  makeDataset,
  makeReport,
  makeRow,
  makeSnapshot,
  makeStory,
} from '../factories.ts';
import { posters } from '../../src/i18n/zh-CN/posters.ts';

const CELEBRATION = '竣工验收完成啦！';
const ELEVATOR = /栋|电梯|加装|楼|层数|户数/;

function renovation(): Dataset {
  // No subsidy, and estates without floors, households or residents.
  const { subsidyYuan: _subsidy, ...report } = makeReport({
    title: '测试街老旧小区改造进展',
    programme: '老旧小区改造',
    topic: '小区改造',
    entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' },
    contact: { office: '测试街道 城市更新办公室', address: '测试路1号' },
    milestones: [
      { key: 'consultation', label: '方案征询', description: '征询居民意见。' },
      { key: 'design', label: '设计', description: '出具设计。', optional: true },
      { key: 'construction', label: '施工', description: '施工。' },
      { key: 'completed', label: '竣工验收', description: '联合验收。', celebration: CELEBRATION },
    ],
    goals: [{ key: 'year', label: '年度目标', milestone: 'completed', measure: 'buildings', target: 4 }],
    celebrate: ['completed'],
    headline: [
      { milestone: 'completed', label: '已竣工验收' },
      { pending: 'completed', label: '正在施工' },
      { milestone: 'consultation', label: '已完成方案征询' },
    ],
  });
  const estate = (id: string, address: string) => {
    const {
      floors: _f,
      households: _h,
      residents: _r,
      ...b
    } = makeBuilding({ id, address, communityId: 'c1' });
    return b;
  };
  const done = { consultation: '2024-03-01', design: '2024-06-01', construction: '2024-09-01' };
  return makeDataset({
    report,
    communities: [makeCommunity({ id: 'c1', name: '河畔' })],
    buildings: [estate('a', '河畔花园'), estate('b', '西苑新村'), estate('c', '南岸小区')],
    snapshots: [
      makeSnapshot('2025-01', [
        makeRow({ buildingId: 'a', dates: done }),
        makeRow({ buildingId: 'b', dates: { consultation: '2024-05-01' } }),
        makeRow({ buildingId: 'c' }),
      ]),
      makeSnapshot('2025-02', [
        makeRow({ buildingId: 'a', dates: { ...done, completed: '2025-02-10' } }),
        makeRow({ buildingId: 'b', dates: { consultation: '2024-05-01', construction: '2025-02-01' } }),
        makeRow({ buildingId: 'c' }),
      ]),
    ],
    stories: [
      makeStory({ slug: 'garden', buildings: ['a'], title: '河畔花园的新路', lead: '小区的路终于修好了。' }),
    ],
  });
}

const dataset = renovation();
const stats = computeStats(dataset);
const { report } = dataset;
const community = dataset.communities[0]!;
const celebration = buildingPosterModel(report, posters, stats, 'a');
if (!celebration) throw new Error('fixture: estate a reached 竣工验收');
const facts = ogFacts(dataset, stats, posters);
const models: PosterModel[] = [
  streetPosterModel(report, posters, stats, '2025-02'),
  streetPosterModel(report, posters, stats, '2025-01'),
  printPosterModel(report, posters, stats, '2025-02'),
  communityPosterModel(report, posters, stats, community),
  communityPrintPosterModel(report, posters, stats, community),
  celebration,
  { ...celebration, edition: 'print' },
  storyPosterModel(dataset, posters, dataset.stories[0]!),
  ...[...facts.entries()].map(([path, f]) =>
    ogCardModel(report, posters, { title: path, subtitle: report.title }, f),
  ),
];

describe('posters of another programme', () => {
  it('celebrate with the milestone’s own line and invite to this estate’s page', () => {
    expect(celebration.headline).toBe(CELEBRATION);
    expect(celebration.cta).toBe('扫码查看这个小区的进展');
    expect(celebration.facts).toEqual([]);
    expect(textOf(posterLayout(celebration).tree)).toContain(CELEBRATION);
    expect(posterAlt(celebration, posters)).toContain(`河畔花园${CELEBRATION}`);
  });

  it('count in 个 and name estates as 小区', () => {
    const street = streetPosterModel(report, posters, stats, '2025-02');
    expect(street.title).toBe('老旧小区改造进展');
    expect(street.figures).toEqual([
      { label: '已竣工验收', value: '1个' },
      { label: '正在施工', value: '1个' },
      { label: '已完成方案征询', value: '2个' },
    ]);
    expect(street.progress[0]).toMatchObject({ description: '竣工验收小区', valueText: '1个 / 目标4个' });
    expect(street.news).toContain('竣工验收 1个：河畔花园');
    expect(communityPosterModel(report, posters, stats, community).progress[0]?.description).toBe(
      '占符合条件的小区',
    );
    expect(streetPosterModel(report, posters, stats, '2025-01').news).not.toContain(
      '本月没有楼栋到达新的环节',
    );
    expect(models.every((m) => m.counter === '个')).toBe(true);
  });

  it.each(models.map((m) => [`${m.kind} ${'qrUrl' in m ? m.qrUrl : m.title}`, m] as const))(
    '%s: none of the elevator words in the poster or its alt text',
    (_name, model) => {
      expect(textOf(posterLayout(model).tree)).not.toMatch(ELEVATOR);
      expect(posterAlt(model, posters)).not.toMatch(ELEVATOR);
    },
  );
});
