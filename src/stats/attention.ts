// The office's attention list for its monthly meeting: buildings past the 75th percentile at their step,
// paused and disputed buildings, and eligible buildings without a group. Not published on the site.
import type { Dataset, Month, Status } from '../data/types.ts';
import { stageOf } from './stage.ts';
import { monthEndDate, monthsAtStage, pastTypical, stepTimes } from './stepTimes.ts';
import { NO_STAGE, type Stage } from './types.ts';

export type AttentionReason = 'slow' | 'paused' | 'disputed' | 'no_group';
/** Order of reasons within a community. */
export const ATTENTION_REASONS: readonly AttentionReason[] = ['disputed', 'paused', 'slow', 'no_group'];

export interface AttentionItem {
  buildingId: string;
  communityId: string;
  address: string;
  reason: AttentionReason;
  status: Status;
  stage: Stage;
  /** Months at the current stage as of the month's end; undefined before the first milestone. */
  monthsAtStage: number | undefined;
  /** 75th percentile of the building's next step in the street, when known. */
  p75: number | undefined;
  /** The snapshot's note for the building. */
  note: string;
}

export interface AttentionList {
  month: Month;
  /** Community order as in communities.csv, then by reason, then registry order. */
  items: AttentionItem[];
}

/** The list as of `month`'s snapshot; undefined when there is no snapshot for that month. */
export function attentionList(dataset: Dataset, month: Month): AttentionList | undefined {
  const snapshot = dataset.snapshots.find((s) => s.month === month);
  if (!snapshot) return undefined;
  const keys = dataset.report.milestones.map((m) => m.key);
  const steps = stepTimes(snapshot.rows, keys);
  const asOf = monthEndDate(month);
  const rows = new Map(snapshot.rows.map((r) => [r.buildingId, r]));
  const items: AttentionItem[] = [];
  for (const b of dataset.buildings) {
    if (!b.eligible) continue;
    const row = rows.get(b.id);
    const status = row?.status ?? 'active';
    if (status === 'withdrawn') continue;
    const stage = stageOf(row, keys);
    const months = monthsAtStage(row, stage, asOf);
    const step = stage === NO_STAGE ? undefined : steps.get(stage);
    let reason: AttentionReason | undefined;
    if (status === 'paused' || status === 'disputed') reason = status;
    else if (stage === NO_STAGE) reason = 'no_group';
    else if (pastTypical(months, step)) reason = 'slow';
    if (!reason) continue;
    items.push({
      buildingId: b.id,
      communityId: b.communityId,
      address: b.address,
      reason,
      status,
      stage,
      monthsAtStage: months,
      p75: step?.p75,
      note: row?.note ?? '',
    });
  }
  const communityOrder = new Map(dataset.communities.map((c, i) => [c.id, i]));
  const registryOrder = new Map(dataset.buildings.map((b, i) => [b.id, i]));
  items.sort(
    (a, b) =>
      (communityOrder.get(a.communityId) ?? 0) - (communityOrder.get(b.communityId) ?? 0) ||
      ATTENTION_REASONS.indexOf(a.reason) - ATTENTION_REASONS.indexOf(b.reason) ||
      (registryOrder.get(a.buildingId) ?? 0) - (registryOrder.get(b.buildingId) ?? 0),
  );
  return { month, items };
}
