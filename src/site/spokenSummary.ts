// The summary a 朗读 button reads on street and community pages: title, as-of month, headline figures.
import type { HeadlineFigure } from './headline.ts';

/** `标题。截至2025年9月底：电梯已投入使用56栋，正在施工40栋。` */
export function spokenSummary(title: string, asOf: string, figures: readonly HeadlineFigure[]): string {
  const parts = figures.map((f) => `${f.label}${f.value}`);
  return `${title}。截至${asOf}底${parts.length > 0 ? `：${parts.join('，')}` : ''}。`;
}
