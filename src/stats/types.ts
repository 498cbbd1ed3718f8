// Shapes of the derived statistics that pages, charts and posters render.
import type {
  Building,
  Community,
  Correction,
  Goal,
  IsoDate,
  Month,
  SnapshotRow,
  Stage,
  Status,
} from '../data/types.ts';

// The stage of a building is part of the data model; re-exported for the statistics' callers.
export { NO_STAGE, type Stage } from '../data/types.ts';

/** Figures for one scope (street or one community) as of one month's end. */
export interface Figures {
  month: Month;
  /** Buildings in the registry within the scope. */
  buildings: number;
  /** Eligible buildings within the scope. */
  eligible: number;
  /** Residents of all registry buildings in scope. */
  residents: number;
  /** Milestone key → buildings that have reached it (cumulative). */
  reached: Record<string, number>;
  /** Milestone key → residents of buildings that have reached it. */
  residentsReached: Record<string, number>;
  /** Stage → buildings whose current stage it is (`none` included). Sums to tracked buildings. */
  stages: Record<Stage, number>;
  /** Milestone key → buildings that reached it during this month (vs. previous snapshot). */
  newThisMonth: Record<string, number>;
  statuses: Record<Status, number>;
}

export interface GoalProgress {
  goal: Goal;
  value: number;
  target: number;
  /** value / target, not capped. */
  ratio: number;
}

export interface MilestoneReached {
  buildingId: string;
  milestone: string;
  date: IsoDate;
}

export interface StatusChange {
  buildingId: string;
  from: Status | undefined;
  to: Status;
}

/** What changed between a month and the snapshot before it. */
export interface MonthChanges {
  month: Month;
  previous: Month | undefined;
  reached: MilestoneReached[];
  statusChanges: StatusChange[];
  /** Buildings tracked for the first time this month. */
  added: string[];
  /** Buildings tracked last month and no longer tracked (each needs a `row` correction). */
  removed: string[];
  corrections: Correction[];
}

export interface MedianGap {
  from: string;
  to: string;
  /** Median months between the two milestones, or null when no building has both. */
  months: number | null;
  /** Buildings measured. */
  count: number;
}

export interface Forecast {
  /** Milestone the forecast is for (the last-but-subsidy "in service" milestone by default). */
  milestone: string;
  remaining: number;
  /** Buildings per month over the trailing window. */
  pacePerMonth: number;
  windowMonths: number;
  /** Month when all eligible buildings reach the milestone at that pace; undefined if pace is 0. */
  month: Month | undefined;
}

export interface ScopeStats {
  scope: { kind: 'street' } | { kind: 'community'; id: string };
  /** One entry per snapshot month, ascending. */
  series: Figures[];
  latest: Figures;
  goals: GoalProgress[];
  medianGaps: MedianGap[];
  forecast: Forecast;
}

export interface BuildingState {
  building: Building;
  community: Community;
  /** Latest snapshot row, absent for buildings never tracked. */
  row: SnapshotRow | undefined;
  stage: Stage;
  /** Milestone key → month of the snapshot where it first appeared. */
  firstSeen: Partial<Record<string, Month>>;
}

export interface SiteStats {
  months: Month[];
  latestMonth: Month;
  street: ScopeStats;
  communities: Record<string, ScopeStats>;
  buildings: Record<string, BuildingState>;
  changesByMonth: Record<Month, MonthChanges>;
}

/**
 * A snapshot row with its dates as an array in milestone order. Rows' `dates` objects all have
 * different shapes, so reading them by key is slow in V8; the hot loops read this array instead.
 */
export interface IndexedRow {
  row: SnapshotRow;
  /** Registry building, undefined if unknown (the loader rejects those). */
  building: Building | undefined;
  /** Date per milestone, in report order. */
  dates: (IsoDate | undefined)[];
  /** Index of the current stage's milestone, -1 for NO_STAGE. */
  stage: number;
}
