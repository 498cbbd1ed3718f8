// The headline figures and goal progress shown at the top of street and community pages.
import { formatCount, formatPercent } from '../format/index.ts';
import { entityWords } from '../data/programmeWords.ts';
import type { ReportConfig } from '../data/types.ts';
import type { UiStrings } from '../i18n/uiTable.ts';
import { headlineItems } from '../stats/headline.ts';
import type { Figures, GoalProgress } from '../stats/types.ts';

export interface HeadlineFigure {
  key: string;
  value: string;
  label: string;
  note?: string | undefined;
}

/**
 * The report's headline figures (report.json `headline`, see stats/headline.ts), each "of N eligible",
 * then the eligible count itself. The subsidy figure notes the amount per building.
 */
export function headlineFigures(
  f: Figures,
  report: Pick<ReportConfig, 'milestones' | 'headline' | 'subsidyYuan' | 'entity'>,
  text: UiStrings['figures'],
): HeadlineFigure[] {
  const words = entityWords(report.entity);
  const of = (n: number): string | undefined =>
    f.eligible > 0 ? text.ofEligible(formatPercent(n / f.eligible, 0)) : undefined;
  const subsidyNote = report.subsidyYuan
    ? text.subsidyPer(words.counter, formatCount(report.subsidyYuan / 10000, text.tenThousandYuan))
    : undefined;
  const out: HeadlineFigure[] = headlineItems(report, f, text).map((item) => ({
    key: item.key,
    value: formatCount(item.count, words.counter),
    label: item.label,
    note: item.key === 'subsidy' && subsidyNote ? subsidyNote : of(item.count),
  }));
  out.push({
    key: 'eligible',
    value: formatCount(f.eligible, words.counter),
    label: words.eligible,
    note: text.all(formatCount(f.buildings, words.counter), words.item),
  });
  return out;
}

export interface GoalView {
  key: string;
  label: string;
  description: string;
  valueText: string;
  targetText: string;
  percentText: string;
  /** 0–100, capped, for the bar width. */
  barPercent: number;
}

/** Goal progress as text plus a capped bar width. */
export function goalViews(
  goals: readonly GoalProgress[],
  counter: string,
  text: Pick<UiStrings['figures'], 'people'>,
): GoalView[] {
  return goals.map((g) => {
    const unit = g.goal.measure === 'residents' ? text.people : counter;
    return {
      key: g.goal.key,
      label: g.goal.label,
      description: g.goal.description ?? g.goal.label,
      valueText: formatCount(g.value, unit),
      targetText: formatCount(g.target, unit),
      percentText: formatPercent(g.ratio, 0),
      barPercent: Math.round(Math.min(1, Math.max(0, g.ratio)) * 100),
    };
  });
}
