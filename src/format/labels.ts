// Display labels for statuses, milestones and stages, taken from the report's own wording.
import { STATUS_LABELS, type ReportConfig, type Status } from '../data/types.ts';
import { NO_STAGE, type Stage } from '../data/types.ts';
import { DEFAULT_LOCALE, type Locale } from './locale.ts';

const STATUS_LABELS_EN: Record<Status, string> = {
  active: 'Active',
  paused: 'Paused',
  disputed: 'Disputed',
  withdrawn: 'Withdrawn',
};

/** `paused` → `暂停`; en `Paused`. */
export function statusLabel(status: Status, locale: Locale = DEFAULT_LOCALE): string {
  return locale === 'en' ? STATUS_LABELS_EN[status] : STATUS_LABELS[status];
}

/** The report's label of a milestone: `permit` → `规划许可` (en: `labelEn`, else the Chinese). Throws if unknown. */
export function milestoneLabel(report: ReportConfig, key: string, locale: Locale = DEFAULT_LOCALE): string {
  const milestone = report.milestones.find((m) => m.key === key);
  if (!milestone)
    throw new Error(
      `unknown milestone ${JSON.stringify(key)}; report.json defines ${report.milestones.map((m) => m.key).join(', ')}`,
    );
  return locale === 'en' ? (milestone.labelEn ?? milestone.label) : milestone.label;
}

/** A building's current stage: the milestone label, or for NO_STAGE `尚未成立筹备组` (`尚未` + first milestone); en `Not started`. */
export function stageLabel(report: ReportConfig, stage: Stage, locale: Locale = DEFAULT_LOCALE): string {
  if (stage !== NO_STAGE) return milestoneLabel(report, stage, locale);
  if (locale === 'en') return 'Not started';
  const first = report.milestones[0];
  return first ? `尚未${first.label}` : '尚未开始';
}
