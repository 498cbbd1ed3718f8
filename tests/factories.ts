// Tiny in-memory fixtures for unit tests. Never copies of the sample data.
import { MILESTONE_KEYS } from '../scripts/sample/history.ts';
import type {
  Building,
  Community,
  Correction,
  Dataset,
  Milestone,
  ReportConfig,
  Snapshot,
  SnapshotRow,
  Story,
  StoryPhoto,
} from '../src/data/types.ts';

// The programme's seven steps: the sample's keys, so the two cannot drift; labels here are the tests' own.
export { MILESTONE_KEYS };

const LABELS = ['成立筹备组', '业主表决通过', '批前公示', '规划许可', '开工', '投入使用', '补贴拨付'];

export function makeMilestones(): Milestone[] {
  return MILESTONE_KEYS.map((key, i) => ({
    key,
    label: LABELS[i] ?? key,
    description: `${key} 说明`,
    ...(key === 'in_service' ? { celebration: '电梯投入使用了！' } : {}),
  }));
}

/** Xicun's headline (report.json `headline`): the figures with their own words. */
export const ELEVATOR_HEADLINE: NonNullable<ReportConfig['headline']> = [
  { milestone: 'in_service', label: '电梯已投入使用' },
  { pending: 'in_service', label: '正在施工' },
  { milestone: 'permit', label: '取得规划许可' },
  { milestone: 'subsidy', label: '已拨付补贴' },
  { milestone: 'group_formed', label: '成立筹备组' },
];

export function makeReport(overrides: Partial<ReportConfig> = {}): ReportConfig {
  return {
    title: '测试街加装电梯进展',
    programme: '既有住宅加装电梯',
    street: '测试街',
    district: '测试区',
    city: '广州市',
    siteUrl: 'https://example.org/',
    locale: 'zh-CN',
    illustrative: true,
    contact: { office: '测试街道办', address: '测试路1号' },
    milestones: makeMilestones(),
    goals: [
      { key: 'permits', label: '百梯', milestone: 'permit', measure: 'buildings', target: 4 },
      { key: 'residents', label: '万人', milestone: 'permit', measure: 'residents', target: 400 },
    ],
    celebrate: ['in_service'],
    headline: ELEVATOR_HEADLINE,
    subsidyYuan: 100000,
    ...overrides,
  };
}

export function makeCommunity(overrides: Partial<Community> = {}): Community {
  return { id: 'c1', name: '一社区', ...overrides };
}

let buildingCounter = 0;
export function makeBuilding(overrides: Partial<Building> = {}): Building {
  buildingCounter += 1;
  return {
    id: `b${buildingCounter}`,
    communityId: 'c1',
    address: `测试路${buildingCounter}号`,
    floors: 7,
    households: 28,
    residents: 100,
    eligible: true,
    ...overrides,
  };
}

export function makeRow(overrides: Partial<SnapshotRow> = {}): SnapshotRow {
  return { buildingId: 'b1', status: 'active', dates: {}, note: '', line: 2, ...overrides };
}

export function makeSnapshot(month: string, rows: SnapshotRow[]): Snapshot {
  return { month, file: `snapshots/${month}.csv`, rows };
}

export function makeCorrection(overrides: Partial<Correction> = {}): Correction {
  return {
    month: '2025-02',
    buildingId: 'b1',
    field: 'permit',
    oldValue: '2025-01-10',
    newValue: '2025-01-20',
    date: '2025-02-05',
    reason: '录入错误，以许可证日期为准',
    line: 2,
    ...overrides,
  };
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    dir: 'fixture',
    report: makeReport(),
    communities: [makeCommunity()],
    buildings: [],
    snapshots: [],
    corrections: [],
    photos: [],
    storyPhotos: [],
    stories: [],
    ...overrides,
  };
}

export function makeStory(overrides: Partial<Story> = {}): Story {
  const slug = overrides.slug ?? 'lift';
  return {
    slug,
    file: `fixture/stories/${slug}/index.mdx`,
    title: '电梯开通',
    displayName: '王阿姨',
    buildings: ['b1'],
    date: '2025-06-01',
    summary: '测试用的故事。',
    sample: false,
    lead: '楼里商量加装电梯，说了好几年。',
    ...overrides,
  };
}

/** A photo in `story`'s body, `src` beside its file. */
export function makeStoryPhoto(story: Story, src: string, overrides: Partial<StoryPhoto> = {}): StoryPhoto {
  return {
    story: story.file,
    src: `./${src}`,
    file: story.file.replace(/[^/]+$/, src),
    alt: '新电梯启用那天，邻居们在楼下合影',
    credit: '居民供图',
    width: 1600,
    height: 1200,
    hash: `hash-${src}`,
    ...overrides,
  };
}
