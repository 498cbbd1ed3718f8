// Display names of milestones, stages and statuses, from the report config.
import { NONE_LABEL } from '../charts/stages.ts';
import { STATUS_LABELS, type Milestone, type Status } from '../data/types.ts';
import { NO_STAGE } from '../stats/types.ts';

/** Label of a milestone key, e.g. `permit` → 规划许可; the key itself if unknown. */
export function milestoneLabel(milestones: readonly Milestone[], key: string): string {
  return milestones.find((m) => m.key === key)?.label ?? key;
}

/** Label of a current stage: 未开始 before any milestone, else the milestone's label. */
export function stageLabel(milestones: readonly Milestone[], stage: string): string {
  return stage === NO_STAGE ? NONE_LABEL : milestoneLabel(milestones, stage);
}

/** 正常 / 暂停 / 争议中 / 放弃. */
export function statusLabel(status: Status): string {
  return STATUS_LABELS[status];
}

/** Position of a stage in progress order: none = 0, first milestone = 1, … */
export function stageRank(milestones: readonly Milestone[], stage: string): number {
  return stage === NO_STAGE ? 0 : milestones.findIndex((m) => m.key === stage) + 1;
}
