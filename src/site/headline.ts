// The headline figures and goal progress shown at the top of street and community pages.
import { formatCount, formatPercent } from '../format/index.ts';
import type { Milestone } from '../data/types.ts';
import type { Figures, GoalProgress } from '../stats/types.ts';

export interface HeadlineFigure {
  key: string;
  value: string;
  label: string;
  note?: string | undefined;
}

/**
 * In service, under construction (stage = construction), permits, subsidies and groups formed,
 * each "of N eligible". Milestones missing from the report are skipped.
 */
export function headlineFigures(
  f: Figures,
  milestones: readonly Milestone[],
  subsidyYuan?: number,
): HeadlineFigure[] {
  const has = (key: string): boolean => milestones.some((m) => m.key === key);
  const of = (n: number): string | undefined =>
    f.eligible > 0 ? `占符合条件的${formatPercent(n / f.eligible, 0)}` : undefined;
  const out: HeadlineFigure[] = [];
  const push = (key: string, n: number, label: string, note?: string): void => {
    if (has(key)) out.push({ key, value: formatCount(n), label, note: note ?? of(n) });
  };
  push('in_service', f.reached['in_service'] ?? 0, '电梯已投入使用');
  push('construction', f.stages['construction'] ?? 0, '正在施工');
  push('permit', f.reached['permit'] ?? 0, '取得规划许可');
  const subsidyNote = subsidyYuan ? `每栋补贴${formatCount(subsidyYuan / 10000, '万元')}` : undefined;
  push('subsidy', f.reached['subsidy'] ?? 0, '已拨付补贴', subsidyNote);
  push('group_formed', f.reached['group_formed'] ?? 0, '成立筹备组');
  out.push({
    key: 'eligible',
    value: formatCount(f.eligible),
    label: '符合加装条件',
    note: `全部${formatCount(f.buildings)}楼`,
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
export function goalViews(goals: readonly GoalProgress[]): GoalView[] {
  return goals.map((g) => {
    const unit = g.goal.measure === 'residents' ? '人' : '栋';
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
