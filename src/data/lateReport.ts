// A correction with no old value on a milestone records a late report (补录), not a fix of a published date.
import type { Correction, Milestone } from './types.ts';

export function isLateReport(correction: Correction, milestones: readonly Milestone[]): boolean {
  return correction.oldValue === '' && milestones.some((m) => m.key === correction.field);
}
