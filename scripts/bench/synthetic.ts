// Deterministic synthetic data in the exact data format (data/README.md), for the scale benchmark:
// report.json (copied, same milestones), communities.csv, buildings.csv and one snapshot per month whose
// histories accumulate (a milestone date, once published, never changes or disappears).
import { BUILDING_COLUMNS } from '../../src/data/parseBuildings.ts';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCsv } from '../../src/publish/writeCsv.ts';
import { makeRng, type Rng } from './prng.ts';

export interface SyntheticOptions {
  buildings: number;
  months: number;
  /** Communities to spread the buildings over; default one per ~32 buildings (the sample's density). */
  communities?: number;
  seed?: number;
  /** Last snapshot month, `YYYY-MM`; default 2025-09 like the sample. */
  endMonth?: string;
  /** Directory holding the report.json and communities.csv to start from (the sample's `data/`). */
  templateDir: string;
}

export interface SyntheticSummary {
  buildings: number;
  eligible: number;
  communities: number;
  months: string[];
  snapshotRows: number;
  stories: number;
}

const DAY = 86_400_000;
const ROADS = [
  '西湾路',
  '西湾路西一巷',
  '西湾路西二巷',
  '大岗元路',
  '长乐路',
  '广雅路',
  '环市西路',
  '增埗路',
  '协和路',
  '和苑路',
  '西增路',
  '富力路',
  '南岸路',
  '东风西路',
];
const INELIGIBLE_REASONS = [
  '楼间距不足，无加装空间',
  '房屋结构不具备加装条件',
  '消防通道受限，无法设置井道',
  '已有电梯',
  '已纳入危旧房改造计划',
];
/** A public remark for each stage (number of milestones reached), so notes agree with the dates. */
const STAGE_NOTES = [
  '居民有加装意向，社区正在宣传政策',
  '筹备组正在征求业主意见',
  '正在委托设计单位出具方案',
  '公示结束后申办规划许可',
  '施工图审查中',
  '井道施工中',
  '补贴申请材料已提交',
  '',
];
const PAUSE_NOTES = ['地下管线迁改方案待供电部门确认，暂缓开工', '筹备组正在重新核算费用分摊方案'];
const DISPUTE_NOTES = ['低层业主对采光有异议，街道正在协调', '一楼业主担心出入受影响，街道正在调解'];
const WITHDRAW_NOTES = ['业主表决未达到法定比例，筹备组决定放弃本次申请', '协调未能达成一致，筹备组撤回申请'];
/** Months between consecutive milestones (min, max), from group formed to subsidy paid. */
const GAPS: Array<[number, number]> = [
  [2, 10],
  [1, 4],
  [1, 3],
  [0.5, 3],
  [3, 6],
  [2, 8],
];

/** Months `YYYY-MM` ending at `end`, oldest first. */
export function monthRange(end: string, count: number): string[] {
  const [y, m] = end.split('-').map(Number);
  if (y === undefined || m === undefined || !Number.isInteger(y) || !Number.isInteger(m))
    throw new Error(`bad month ${end}`);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

const monthEnd = (month: string): number => {
  const [y, m] = month.split('-').map(Number);
  return Date.UTC(y ?? 0, m ?? 1, 0); // day 0 of the next month = last day of this one
};
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

interface SyntheticBuilding {
  id: string;
  communityId: string;
  address: string;
  floors: number;
  households: number;
  residents: number;
  eligible: boolean;
  reason: string;
  lat: number;
  lng: number;
  /** Milestone dates as epoch ms, in milestone order; shorter when the building stalls. */
  timeline: number[];
  /** From this time on the building is paused/disputed/withdrawn. */
  trouble?: { from: number; status: 'paused' | 'disputed' | 'withdrawn'; note: string };
  /** Whether the building's row carries the public remark for its stage. */
  noted: boolean;
}

function makeTimeline(rng: Rng, milestones: number, firstTime: number, endTime: number): number[] {
  // Group formed anywhere from two years before the first snapshot to the last month; some never start.
  if (rng.chance(0.08)) return [];
  const start = firstTime - 24 * 30 * DAY + rng.next() * (endTime - firstTime + 24 * 30 * DAY);
  const stallAt = rng.chance(0.3) ? rng.int(1, milestones - 1) : milestones;
  const timeline = [Math.floor(start / DAY) * DAY];
  for (let i = 1; i < stallAt; i += 1) {
    const [lo, hi] = GAPS[i - 1] ?? [1, 3];
    const prev = timeline[i - 1] ?? start;
    timeline.push(prev + Math.max(1, Math.round((lo + rng.next() * (hi - lo)) * 30)) * DAY);
  }
  return timeline;
}

/** Write a synthetic data directory into `outDir` and return what it holds. */
export function writeSynthetic(outDir: string, options: SyntheticOptions): SyntheticSummary {
  const rng = makeRng(options.seed ?? 1);
  const months = monthRange(options.endMonth ?? '2025-09', options.months);
  const firstTime = monthEnd(months[0] ?? '2025-09') - 27 * DAY;
  const endTime = monthEnd(months.at(-1) ?? '2025-09');
  const report = JSON.parse(readFileSync(path.join(options.templateDir, 'report.json'), 'utf8')) as {
    milestones: Array<{ key: string }>;
    about?: string;
    theme?: { logo?: string };
  };
  const keys = report.milestones.map((m) => m.key);

  // Communities: the template's first (the real Xicun Street ten), then numbered ones for a whole district.
  const template = readFileSync(path.join(options.templateDir, 'communities.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(','));
  const communityCount = Math.max(1, options.communities ?? Math.round(options.buildings / 32));
  const communities = Array.from({ length: communityCount }, (_, i) => {
    const known = template[i];
    if (known?.[0] !== undefined && known[1] !== undefined) return { id: known[0], name: known[1] };
    return { id: `c${String(i + 1).padStart(4, '0')}`, name: `示例第${String(i + 1)}社区` };
  });

  const buildings: SyntheticBuilding[] = [];
  const perCommunity = new Map<string, number>();
  for (let i = 0; i < options.buildings; i += 1) {
    const community = communities[i % communityCount] ?? communities[0];
    if (community === undefined) throw new Error('no community');
    const n = (perCommunity.get(community.id) ?? 0) + 1;
    perCommunity.set(community.id, n);
    const households = rng.int(18, 56);
    const eligible = rng.chance(152 / 318);
    const timeline = eligible ? makeTimeline(rng, keys.length, firstTime, endTime) : [];
    const building: SyntheticBuilding = {
      id: `${community.id}-${String(n).padStart(3, '0')}`,
      communityId: community.id,
      address: `${rng.pick(ROADS)}${String(rng.int(1, 180))}号之${String(n)}`,
      floors: rng.int(6, 9),
      households,
      residents: Math.round(households * (2.4 + rng.next() * 0.8)),
      eligible,
      reason: eligible ? '' : rng.pick(INELIGIBLE_REASONS),
      lat: 23.14 + (i % communityCount) * 0.0007 + rng.next() * 0.002,
      lng: 113.245 + rng.next() * 0.015,
      timeline,
      noted: rng.chance(0.3),
    };
    if (timeline.length > 0 && timeline.length < keys.length && rng.chance(0.12)) {
      const roll = rng.next();
      const status = roll < 0.4 ? 'paused' : roll < 0.75 ? 'disputed' : 'withdrawn';
      const notes =
        status === 'paused' ? PAUSE_NOTES : status === 'disputed' ? DISPUTE_NOTES : WITHDRAW_NOTES;
      const last = timeline.at(-1) ?? firstTime;
      building.trouble = { from: last + rng.int(10, 120) * DAY, status, note: rng.pick(notes) };
    }
    buildings.push(building);
  }

  mkdirSync(path.join(outDir, 'snapshots'), { recursive: true });
  copyFileSync(path.join(options.templateDir, 'report.json'), path.join(outDir, 'report.json'));
  // The files report.json names (about text, logo) come along, or the copy would not load.
  for (const named of [report.about, report.theme?.logo]) {
    if (named !== undefined) copyFileSync(path.join(options.templateDir, named), path.join(outDir, named));
  }
  writeFileSync(
    path.join(outDir, 'communities.csv'),
    writeCsv(
      ['community_id', 'name'],
      communities.map((c) => [c.id, c.name]),
    ),
  );
  const registryHeader = BUILDING_COLUMNS.map((c) => c.key);
  writeFileSync(
    path.join(outDir, 'buildings.csv'),
    writeCsv(
      registryHeader,
      buildings.map((b) => [
        b.id,
        b.communityId,
        b.address,
        String(b.floors),
        String(b.households),
        String(b.residents),
        b.eligible ? 'yes' : 'no',
        b.lat.toFixed(6),
        b.lng.toFixed(6),
        b.reason,
      ]),
    ),
  );

  // Every eligible building is tracked in every month; a snapshot shows the dates reached by its month's end.
  const tracked = buildings.filter((b) => b.eligible);
  let snapshotRows = 0;
  for (const month of months) {
    const cutoff = monthEnd(month);
    const rows: string[][] = [];
    for (const b of tracked) {
      const dates = keys.map((_, i) => {
        const t = b.timeline[i];
        return t !== undefined && t <= cutoff ? iso(t) : '';
      });
      const troubled = b.trouble !== undefined && b.trouble.from <= cutoff;
      const stage = dates.filter((d) => d !== '').length;
      const note = troubled ? (b.trouble?.note ?? '') : b.noted ? (STAGE_NOTES[stage] ?? '') : '';
      rows.push([b.id, troubled ? (b.trouble?.status ?? 'active') : 'active', ...dates, note]);
    }
    snapshotRows += tracked.length;
    writeFileSync(
      path.join(outDir, 'snapshots', `${month}.csv`),
      writeCsv(['building_id', 'status', ...keys, 'note'], rows),
    );
  }

  // Two short stories about buildings that reached service, so story pages are part of the benchmark too.
  const served = tracked.filter((b) => b.timeline.length >= keys.length - 1).slice(0, 2);
  mkdirSync(path.join(outDir, 'stories'), { recursive: true });
  served.forEach((b, i) => {
    writeFileSync(
      path.join(outDir, 'stories', `synthetic-${String(i + 1)}.md`),
      [
        '---',
        `title: ${b.address}的电梯（合成数据）`,
        `date: ${iso(b.timeline[keys.length - 2] ?? endTime)}`,
        `buildings: [${b.id}]`,
        'displayName: 邻居',
        'consentRecorded: true',
        'sample: true',
        'summary: 基准测试用的合成故事。',
        '---',
        '',
        '这是基准测试生成的合成故事，不是真实居民的讲述。',
        '',
      ].join('\n'),
    );
  });

  return {
    buildings: buildings.length,
    eligible: tracked.length,
    communities: communityCount,
    months,
    snapshotRows,
    stories: served.length,
  };
}
