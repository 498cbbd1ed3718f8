// "现在在等什么": what a building's page answers first — where it stands, what comes next, who acts,
// how long that usually takes here, and whom to ask. Words come from report.json; this only chooses.
import type {
  Building,
  IsoDate,
  Milestone,
  ReportConfig,
  ServicePoint,
  SnapshotRow,
  StartGroupWording,
  Status,
  StatusWording,
} from '../data/types.ts';
import { monthsAtStage, pastTypical, type StepTime } from '../stats/stepTimes.ts';
import { NO_STAGE, type Stage } from '../stats/types.ts';

export interface WhatNextInput {
  report: ReportConfig;
  building: Building;
  row: SnapshotRow | undefined;
  stage: Stage;
  /** The street's step times, keyed by the milestone a step starts from. */
  steps: ReadonlyMap<string, StepTime>;
  /** The data's as-of date (last day of the latest snapshot month). */
  asOf: IsoDate;
  servicePoint: ServicePoint | undefined;
}

export interface WhatNext {
  kind: 'ineligible' | 'start' | 'moving' | 'held' | 'done';
  /** The milestone reached last, absent before the first one. */
  current: Milestone | undefined;
  currentDate: IsoDate | undefined;
  monthsAtStage: number | undefined;
  status: Status;
  /** What a paused, disputed or withdrawn status means, from report.json. */
  statusWording: StatusWording | undefined;
  /** The step the building is waiting for; absent when paused, withdrawn, done or ineligible. */
  next: Milestone | undefined;
  /** How long the next step usually takes here (may lack figures: not enough history). */
  typical: StepTime | undefined;
  /** At its step longer than three in four buildings took. */
  slow: boolean;
  startGroup: StartGroupWording | undefined;
  ineligibleReason: string | undefined;
  /** Whether the ineligible reason can change, from report.json. */
  canChange: string | undefined;
  servicePoint: ServicePoint | undefined;
}

// A withdrawn or paused building is not moving: it shows no next step as if it were.
const STOPPED: ReadonlySet<Status> = new Set(['paused', 'withdrawn']);

/** The box's content for one building. */
export function whatNext(input: WhatNextInput): WhatNext {
  const { report, building, row, stage, steps, asOf, servicePoint } = input;
  const milestones = report.milestones;
  const status: Status = row?.status ?? 'active';
  const base: WhatNext = {
    kind: 'moving',
    current: undefined,
    currentDate: undefined,
    monthsAtStage: undefined,
    status,
    statusWording: status === 'active' ? undefined : report.statuses?.[status],
    next: undefined,
    typical: undefined,
    slow: false,
    startGroup: undefined,
    ineligibleReason: undefined,
    canChange: undefined,
    servicePoint,
  };
  if (!building.eligible) {
    const reason = building.ineligibleReason;
    const canChange =
      (reason === undefined ? undefined : report.ineligible?.reasons?.[reason]) ??
      report.ineligible?.canChange;
    return { ...base, kind: 'ineligible', statusWording: undefined, ineligibleReason: reason, canChange };
  }
  const index = stage === NO_STAGE ? -1 : milestones.findIndex((m) => m.key === stage);
  const current = milestones[index];
  const months = monthsAtStage(row, stage, asOf);
  const placed = {
    ...base,
    current,
    currentDate: current ? row?.dates[current.key] : undefined,
    monthsAtStage: months,
  };
  const next = milestones[index + 1];
  if (STOPPED.has(status)) return { ...placed, kind: 'held' };
  if (!next) return { ...placed, kind: 'done' };
  const typical = current ? steps.get(current.key) : undefined;
  const moving = { ...placed, next, typical, slow: status === 'active' && pastTypical(months, typical) };
  if (!current) return { ...moving, kind: 'start', startGroup: report.startGroup };
  return { ...moving, kind: status === 'disputed' ? 'held' : 'moving' };
}
