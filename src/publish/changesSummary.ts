// "What changed this month" in Chinese, for the snapshot:add summary, the /changes/ page and the feed.
import { STATUS_LABELS, type Building, type ReportConfig } from '../data/types.ts';
import type { MonthChanges } from '../stats/types.ts';

export interface SummaryItem {
  /** e.g. `规划许可：2栋`. */
  heading: string;
  /** Building addresses or correction details; capped, with a closing `等N栋` line. */
  entries: string[];
}

export interface MonthSummary {
  month: string;
  previous: string | undefined;
  items: SummaryItem[];
}

export interface SummaryOptions {
  /** Most building names listed under one heading (default 10). */
  maxNames?: number;
}

/** `2025-09` → `2025年9月` (kept here until the format module offers it). */
function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** Structured summary of one month's changes; empty `items` when nothing changed. */
export function summariseChanges(
  changes: MonthChanges,
  report: ReportConfig,
  buildings: readonly Building[],
  options: SummaryOptions = {},
): MonthSummary {
  const maxNames = options.maxNames ?? 10;
  const address = new Map(buildings.map((b) => [b.id, b.address]));
  const name = (id: string): string => address.get(id) ?? id;
  const capped = (names: string[]): string[] =>
    names.length > maxNames ? [...names.slice(0, maxNames), `等${names.length}栋`] : names;
  const labelOf = new Map(report.milestones.map((m) => [m.key, m.label]));
  const fieldLabel = (field: string): string =>
    labelOf.get(field) ?? (field === 'status' ? '状态' : field === 'row' ? '跟踪' : field);

  const items: SummaryItem[] = [];
  for (const milestone of report.milestones) {
    const ids = changes.reached.filter((r) => r.milestone === milestone.key).map((r) => r.buildingId);
    if (ids.length > 0) items.push({ heading: `${milestone.label}：${ids.length}栋`, entries: capped(ids.map(name)) });
  }
  if (changes.statusChanges.length > 0) {
    items.push({
      heading: `状态变化：${changes.statusChanges.length}栋`,
      entries: capped(
        changes.statusChanges.map(
          (c) => `${name(c.buildingId)}：${c.from ? `${STATUS_LABELS[c.from]}→` : ''}${STATUS_LABELS[c.to]}`,
        ),
      ),
    });
  }
  // In the first month every building is "added"; that is the start of tracking, not news.
  if (changes.previous !== undefined && changes.added.length > 0) {
    items.push({ heading: `新纳入跟踪：${changes.added.length}栋`, entries: capped(changes.added.map(name)) });
  }
  if (changes.removed.length > 0) {
    items.push({ heading: `不再跟踪：${changes.removed.length}栋`, entries: capped(changes.removed.map(name)) });
  }
  if (changes.corrections.length > 0) {
    items.push({
      heading: `更正：${changes.corrections.length}处`,
      entries: changes.corrections.map(
        (c) =>
          `${name(c.buildingId)} ${fieldLabel(c.field)}：${c.oldValue || '（空）'} → ${c.newValue || '（空）'}（${c.date}，${c.reason}）`,
      ),
    });
  }
  return { month: changes.month, previous: changes.previous, items };
}

/** One-line title, e.g. `2025年9月（与2025年8月相比）`. */
export function summaryTitle(summary: MonthSummary): string {
  const base = monthLabel(summary.month);
  return summary.previous ? `${base}（与${monthLabel(summary.previous)}相比）` : `${base}（首次发布）`;
}

/** Plain-text summary for a terminal or a feed item. */
export function summaryText(summary: MonthSummary): string {
  if (summary.items.length === 0) return `${summaryTitle(summary)}\n本月没有变化。\n`;
  const lines = [summaryTitle(summary)];
  for (const item of summary.items) {
    lines.push(`· ${item.heading}`);
    for (const entry of item.entries) lines.push(`    ${entry}`);
  }
  return `${lines.join('\n')}\n`;
}
