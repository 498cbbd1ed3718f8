// Progress order of stages, for sorting. Display labels come from src/format.
import type { Milestone } from '../data/types.ts';
import { NO_STAGE } from '../stats/types.ts';

/** Position of a stage in progress order: none = 0, first milestone = 1, … */
export function stageRank(milestones: readonly Milestone[], stage: string): number {
  return stage === NO_STAGE ? 0 : milestones.findIndex((m) => m.key === stage) + 1;
}
