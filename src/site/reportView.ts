// A monthly report page's extra lists: status changes, newly tracked buildings, corrections.
import { formatDate, milestoneLabel } from '../format/index.ts';
import { isLateReport } from '../data/lateReport.ts';
import type { Building, Correction, ReportConfig } from '../data/types.ts';
import type { UiStrings } from '../i18n/uiTable.ts';
import type { MonthChanges } from '../stats/types.ts';

export interface StatusChangeView {
  id: string;
  address: string;
  text: string;
}

/** `正常 → 暂停` per building whose status changed (first appearances are listed as added). */
export function statusChangeViews(
  changes: MonthChanges,
  buildingOf: (id: string) => Building,
  text: Pick<UiStrings['figures'], 'statusChange'>,
  statuses: UiStrings['common']['statuses'],
): StatusChangeView[] {
  return changes.statusChanges
    .filter((c) => c.from !== undefined)
    .map((c) => ({
      id: c.buildingId,
      address: buildingOf(c.buildingId).address,
      text: text.statusChange(statuses[c.from!], statuses[c.to]),
    }));
}

export interface CorrectionView {
  id: string;
  address: string;
  field: string;
  oldValue: string;
  newValue: string;
  date: string;
  reason: string;
  /** A milestone reported late (补录): `newValue` is its date, there was no old value. */
  late: boolean;
}

/** A correction with its field named in words (milestone label, 状态, or 是否跟踪). */
export function correctionViews(
  corrections: readonly Correction[],
  report: ReportConfig,
  buildingOf: (id: string) => Building,
  text: Pick<UiStrings['figures'], 'statusField' | 'trackedField' | 'emptyValue'>,
): CorrectionView[] {
  const fieldName = (f: string): string =>
    f === 'status' ? text.statusField : f === 'row' ? text.trackedField : milestoneLabel(report, f);
  const valueText = (v: string): string =>
    v === '' ? text.emptyValue : ISO_DATE.test(v) ? formatDate(v) : v;
  return corrections.map((c) => ({
    id: c.buildingId,
    address: buildingOf(c.buildingId).address,
    field: fieldName(c.field),
    oldValue: valueText(c.oldValue),
    newValue: valueText(c.newValue),
    date: c.date,
    reason: c.reason,
    late: isLateReport(c, report.milestones),
  }));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
