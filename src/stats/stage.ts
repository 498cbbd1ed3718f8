// The current stage of a tracked building.
import type { IsoDate, SnapshotRow } from '../data/types.ts';
import { NO_STAGE, type Figures, type Stage } from './types.ts';

/** Last milestone (in report order) the row has a date for, or NO_STAGE. */
export function stageOf(row: SnapshotRow | undefined, milestoneKeys: readonly string[]): Stage {
  if (!row) return NO_STAGE;
  for (let i = milestoneKeys.length - 1; i >= 0; i -= 1) {
    const key = milestoneKeys[i];
    if (key !== undefined && row.dates[key] !== undefined) return key;
  }
  return NO_STAGE;
}

/**
 * Buildings whose current stage is `milestoneKey`: reached it but not the next milestone.
 * `inProgress(figures, 'construction')` is the headline "under construction".
 */
export function inProgress(figures: Figures, milestoneKey: string): number {
  return figures.stages[milestoneKey] ?? 0;
}

/**
 * The steps one building goes through: every milestone except the (optional) ones it skipped, left
 * without a date while a later one has one. Its timeline lists these, never a skipped step as "not done".
 */
export function stepsTaken<M extends { key: string; optional?: boolean | undefined }>(
  milestones: readonly M[],
  dates: Partial<Record<string, IsoDate>>,
): M[] {
  const last = milestones.findLastIndex((m) => dates[m.key] !== undefined);
  return milestones.filter((m, i) => m.optional !== true || i > last || dates[m.key] !== undefined);
}
