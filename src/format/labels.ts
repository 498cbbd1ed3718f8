// Display labels for milestones and stages, taken from the report's own wording.
import type { ReportConfig } from '../data/types.ts';
import { NO_STAGE, type Stage } from '../data/types.ts';
import { DEFAULT_LOCALE, type Locale } from './locale.ts';

/** The interface words for a stage before the first milestone (the locale table's common section). */
export interface StageWords {
  notYet: (label: string) => string;
  notStarted: string;
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

/** A building's current stage: the milestone label, or for NO_STAGE `尚未成立筹备组` (`notYet` + first milestone). */
export function stageLabel(report: ReportConfig, stage: Stage, words: StageWords): string {
  if (stage !== NO_STAGE) return milestoneLabel(report, stage);
  const first = report.milestones[0];
  return first ? words.notYet(first.label) : words.notStarted;
}
