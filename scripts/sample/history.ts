// Invents each eligible building's path through the milestones and its status month by month,
// so that the last snapshot reproduces the published September figures exactly.
import type { SampleBuilding } from './buildings.ts';
import { COMMUNITY_PLANS } from './communities.ts';
import { fromDay, toDay, toWorkday } from './dates.ts';
import { hashUnit, pick, randInt, shuffled, type Random } from './prng.ts';

export const MILESTONE_KEYS = [
  'group_formed',
  'consent',
  'notice',
  'permit',
  'construction',
  'in_service',
  'subsidy',
] as const;

export type SampleStatus = 'active' | 'paused' | 'disputed' | 'withdrawn';

export const FIRST_MONTH = '2024-09';
export const LAST_MONTH = '2025-09';
const LAST_DAY = '2025-09-30';

/**
 * Buildings by the number of milestones reached at the end of LAST_MONTH (index 0: none yet,
 * 7: subsidy paid). Cumulative: 137 groups, 125 votes, 112 notices, 101 permits, 96 started,
 * 56 in service, 25 subsidies; 152 in all.
 */
export const FINAL_STAGE_COUNTS = [15, 12, 13, 11, 5, 40, 31, 25] as const;

/** From `from` (a month) on, the building has this status and note; a null note means the usual one. */
export interface StatusSpan {
  from: string;
  status: SampleStatus;
  note: string | null;
}

export interface BuildingPlan {
  id: string;
  /** Final date of each milestone, index as MILESTONE_KEYS; undefined when not reached by LAST_MONTH. */
  dates: (string | undefined)[];
  spans: StatusSpan[];
}

/** A documented change to a date published the month before. */
export interface SampleCorrection {
  month: string;
  buildingId: string;
  field: (typeof MILESTONE_KEYS)[number];
  oldValue: string;
  newValue: string;
  date: string;
  reason: string;
}

// Typical days between a milestone and the one before it (index as MILESTONE_KEYS).
const GAP_DAYS: readonly (readonly [number, number])[] = [
  [0, 0],
  [60, 240], // group → owners' vote: the slow part, visiting every household
  [30, 120], // vote → public notice: design drawings
  [25, 90], // notice (at least 20 days) → permit
  [14, 80], // permit → construction start
  [95, 150], // construction: three to five months
  [30, 115], // in service → subsidy paid
];

// Window for the date of the last milestone a building reached, by final stage, and a skew
// below 1 that favours recent dates (the programme sped up in 2025).
const LAST_DATE_WINDOW: Record<number, readonly [string, string, number]> = {
  1: ['2024-05-01', '2025-09-27', 0.5],
  2: ['2025-01-10', '2025-09-26', 0.7],
  3: ['2025-05-01', '2025-09-19', 0.7],
  4: ['2025-08-04', '2025-09-24', 0.7],
  5: ['2025-05-05', '2025-09-26', 1],
  6: ['2025-06-01', '2025-09-26', 1],
};
// Subsidies paid so far, more of them recently.
const SUBSIDY_WINDOW: readonly [string, string] = ['2024-01-15', '2025-09-26'];

function dayIn(rand: Random, [from, to]: readonly [string, string], skew = 1): number {
  const a = toDay(from);
  return a + Math.floor(rand() ** skew * (toDay(to) - a + 1));
}

/** Dates back from the last milestone reached, with working days for office milestones. */
function datesBackFrom(rand: Random, lastIndex: number, lastDay: number): (string | undefined)[] {
  const days: number[] = [];
  days[lastIndex] = lastDay;
  for (let i = lastIndex - 1; i >= 0; i--) {
    const [min, max] = GAP_DAYS[i + 1] ?? [30, 60];
    days[i] = (days[i + 1] ?? lastDay) - randInt(rand, min, max);
  }
  return MILESTONE_KEYS.map((_, i) => {
    const day = days[i];
    if (day === undefined) return undefined;
    // Owners meet at weekends; notices, permits, works and payments happen on working days.
    return i >= 2 ? toWorkday(fromDay(day)) : fromDay(day);
  });
}

function genericDates(rand: Random, stage: number): (string | undefined)[] {
  if (stage === 0) return MILESTONE_KEYS.map(() => undefined);
  if (stage === 7) {
    const subsidy = dayIn(rand, SUBSIDY_WINDOW, 0.6);
    const dates = datesBackFrom(rand, 6, subsidy);
    return dates;
  }
  const window = LAST_DATE_WINDOW[stage];
  if (!window) throw new Error(`no window for stage ${stage}`);
  const [from, to, skew] = window;
  return datesBackFrom(rand, stage - 1, dayIn(rand, [from, to], skew));
}

function fixed(dates: readonly string[]): (string | undefined)[] {
  return MILESTONE_KEYS.map((_, i) => dates[i]);
}

function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The one documented correction: a permit date mistyped in May, fixed in June. */
export const SAMPLE_CORRECTION_TEMPLATE = {
  month: '2025-06',
  field: 'permit',
  oldValue: '2025-05-21',
  newValue: '2025-05-12',
  date: '2025-06-10',
  reason: '录入错误，以规划许可证载明日期为准',
} as const;

/** The one late report: a public notice posted in early summer, reported to the street only in September. */
export const SAMPLE_LATE_REPORT_TEMPLATE = {
  month: '2025-09',
  field: 'notice',
  oldValue: '',
  date: '2025-09-18',
  reason: '筹备组已按时张贴公示，但未及时报送街道，本月补录',
} as const;

export interface History {
  plans: BuildingPlan[];
  correction: SampleCorrection;
  /** Hidden from the snapshots before its month, then published with its real (earlier) date. */
  lateReport: SampleCorrection;
}

/** Plans for every eligible building; `storyId` and `longAddressId` get fixed roles. */
export function makeHistory(
  rand: Random,
  eligible: readonly SampleBuilding[],
  storyId: string,
  longAddressId: string,
): History {
  if (eligible.length !== FINAL_STAGE_COUNTS.reduce((a, b) => a + b, 0)) {
    throw new Error(`expected ${FINAL_STAGE_COUNTS.reduce((a, b) => a + b, 0)} eligible buildings`);
  }
  // Taller buildings in active communities tend to be further along.
  const bias = new Map(COMMUNITY_PLANS.map((c) => [c.id, c.progressBias]));
  const score = new Map(
    eligible.map((b) => [b.id, b.floors * 0.08 + (bias.get(b.communityId) ?? 0) + rand()]),
  );
  const ranked = [...eligible].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
  const stage = new Map<string, number>();
  let at = 0;
  for (let s = 7; s >= 0; s--) {
    for (let k = 0; k < (FINAL_STAGE_COUNTS[s] ?? 0); k++) {
      const b = ranked[at++];
      if (b) stage.set(b.id, s);
    }
  }
  const force = (id: string, s: number) => {
    const other = ranked.findLast((b) => stage.get(b.id) === s && b.id !== storyId && b.id !== longAddressId);
    const current = stage.get(id);
    if (!other || current === undefined) throw new Error(`cannot give ${id} stage ${s}`);
    if (current !== s) {
      stage.set(other.id, current);
      stage.set(id, s);
    }
  };
  force(storyId, 7);
  force(longAddressId, 6);

  // Special roles, each taken by a random building at the right final stage.
  const taken = new Set([storyId, longAddressId]);
  const role = (s: number): string => {
    const candidates = shuffled(
      rand,
      eligible.filter((b) => stage.get(b.id) === s && !taken.has(b.id)),
    );
    const b = candidates[0];
    if (!b) throw new Error(`no building left at stage ${s}`);
    taken.add(b.id);
    return b.id;
  };
  const special = new Map<string, BuildingPlan>();
  const put = (id: string, dates: (string | undefined)[], spans: StatusSpan[]) =>
    special.set(id, { id, dates, spans });

  // 黄叔's building: the whole path from permit to subsidy falls inside the published months.
  put(
    storyId,
    fixed(['2023-11-12', '2024-04-20', '2024-07-08', '2024-09-26', '2024-12-02', '2025-04-18', '2025-07-15']),
    [],
  );

  const c = SAMPLE_CORRECTION_TEMPLATE;
  const correctionId = role(5);
  put(correctionId, fixed(['2024-05-11', '2024-11-16', '2025-03-17', c.newValue, '2025-06-23']), []);

  // Withdrawn: once after a failed vote, once after a dispute during public notice.
  put(role(1), fixed(['2024-06-15']), [
    { from: '2024-12', status: 'paused', note: '部分业主对费用分摊有不同意见，筹备组正在沟通' },
    { from: '2025-03', status: 'withdrawn', note: '业主表决未达到法定比例，筹备组决定放弃本次申请' },
  ]);
  put(role(3), fixed(['2023-10-21', '2024-05-25', '2024-09-09']), [
    { from: '2024-10', status: 'disputed', note: '一楼业主对采光和出入有异议，街道正在协调' },
    { from: '2025-04', status: 'withdrawn', note: '协调未能达成一致，筹备组撤回申请' },
  ]);

  // Disputes during public notice, still open in September.
  const disputes = [
    '低层业主对采光有异议，街道正在协调',
    '部分业主对井道位置有不同意见，街道组织协商中',
    '一楼业主担心出入受影响，街道正在调解',
  ];
  for (const note of disputes) {
    const dates = datesBackFrom(rand, 2, dayIn(rand, ['2025-02-03', '2025-06-27']));
    put(role(3), dates, [{ from: nextMonth(monthOf(dates[2] ?? LAST_DAY)), status: 'disputed', note }]);
  }

  // Paused buildings.
  put(role(4), datesBackFrom(rand, 3, dayIn(rand, ['2025-03-03', '2025-03-28'])), [
    { from: '2025-05', status: 'paused', note: '地下管线迁改方案待供电部门确认，暂缓开工' },
  ]);
  put(role(2), datesBackFrom(rand, 1, dayIn(rand, ['2025-02-08', '2025-03-20'])), [
    { from: '2025-06', status: 'paused', note: '筹备组正在重新核算费用分摊方案' },
  ]);
  put(role(5), datesBackFrom(rand, 4, dayIn(rand, ['2025-02-24', '2025-03-14'])), [
    { from: '2025-06', status: 'paused', note: '施工中发现地下燃气管线，待迁改后复工' },
  ]);

  // Disputes that were settled and the building moved on.
  put(role(6), fixed(['2023-12-09', '2024-05-18', '2024-09-23', '2025-02-17', '2025-03-10', '2025-07-08']), [
    { from: '2024-10', status: 'disputed', note: '低层业主对采光有异议，街道正在协调' },
    { from: '2025-02', status: 'active', note: '经街道协调，已与低层业主签订补偿协议' },
    { from: '2025-03', status: 'active', note: null },
  ]);
  put(role(4), fixed(['2024-04-13', '2024-10-19', '2025-01-06', '2025-07-21']), [
    { from: '2025-02', status: 'disputed', note: '部分业主对井道位置有不同意见，街道组织协商中' },
    { from: '2025-06', status: 'active', note: '经协商调整井道位置，异议已化解' },
    { from: '2025-07', status: 'active', note: null },
  ]);

  // One construction notice with working hours: a note with an ASCII comma, so CSV quoting is exercised.
  const noticeId = role(5);
  const noticeDates = genericDates(rand, 5);
  put(noticeId, noticeDates, [
    {
      from: monthOf(noticeDates[4] ?? LAST_DAY),
      status: 'active',
      note: '施工时间：工作日 8:00-12:00, 14:30-18:00',
    },
  ]);

  const plans = eligible.map(
    (b) => special.get(b.id) ?? { id: b.id, dates: genericDates(rand, stage.get(b.id) ?? 0), spans: [] },
  );
  // Chosen after every random draw, so the rest of the sample does not move.
  const L = SAMPLE_LATE_REPORT_TEMPLATE;
  const lateAt = MILESTONE_KEYS.indexOf(L.field);
  const late = plans.find((p) => {
    const date = p.dates[lateAt];
    return (
      !special.has(p.id) &&
      p.dates[lateAt + 1] === undefined &&
      date !== undefined &&
      date >= '2025-04-01' &&
      date < '2025-08-01'
    );
  });
  const lateDate = late?.dates[lateAt];
  if (!late || lateDate === undefined) throw new Error('no building for the sample late report');
  return {
    plans,
    correction: { ...c, buildingId: correctionId },
    lateReport: { ...SAMPLE_LATE_REPORT_TEMPLATE, buildingId: late.id, newValue: lateDate },
  };
}

// Usual public remarks by number of milestones reached; most rows have none.
const USUAL_NOTES: readonly (readonly string[])[] = [
  ['居民有加装意向，社区正在宣传政策'],
  ['筹备组正在征求业主意见', '筹备组正在收集业主签名'],
  ['正在委托设计单位出具方案', '设计方案编制中'],
  ['公示结束后申办规划许可'],
  ['正在选定施工单位', '施工图审查中'],
  ['井道施工中', '电梯设备已进场安装'],
  ['补贴申请材料已提交'],
  [],
];
const NOTE_SHARE = [0.12, 0.35, 0.3, 0.3, 0.3, 0.35, 0.3, 0];

/** Status and note of a building at a month's end, given how many milestones it has reached. */
export function statusAt(
  plan: BuildingPlan,
  month: string,
  reached: number,
): { status: SampleStatus; note: string } {
  const span = plan.spans.findLast((s) => s.from <= month);
  if (span && span.note !== null) return { status: span.status, note: span.note };
  const status = span?.status ?? 'active';
  const notes = USUAL_NOTES[reached] ?? [];
  if (notes.length === 0 || hashUnit(`${plan.id}:${reached}`) >= (NOTE_SHARE[reached] ?? 0))
    return { status, note: '' };
  return { status, note: pick(() => hashUnit(`${plan.id}:${reached}:note`), notes) };
}
