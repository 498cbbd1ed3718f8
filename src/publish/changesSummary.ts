// "What changed this month" in the locale's words, for the snapshot:add summary, the /changes/ page and the feed.
import { entityWords } from '../data/programmeWords.ts';
import { isLateReport } from '../data/lateReport.ts';
import type { Building, ReportConfig } from '../data/types.ts';
import { formatMonth } from '../format/dates.ts';
import type { UiStrings } from '../i18n/uiTable.ts';
import type { MonthChanges } from '../stats/types.ts';

/** The words of change summaries (the locale table's feeds section). */
export type FeedText = UiStrings['feeds'];

export interface SummaryEntry {
  text: string;
  /** The building the entry is about, for a link; absent on the closing `等N栋` line. */
  buildingId?: string;
}

export interface SummaryItem {
  /** e.g. `规划许可：2栋`. */
  heading: string;
  /** Building addresses or correction details; capped, with a closing `等N栋` line. */
  entries: SummaryEntry[];
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

/** Structured summary of one month's changes; empty `items` when nothing changed. */
export function summariseChanges(
  changes: MonthChanges,
  report: ReportConfig,
  buildings: readonly Building[],
  text: FeedText,
  options: SummaryOptions = {},
): MonthSummary {
  const { counter } = entityWords(report.entity);
  const maxNames = options.maxNames ?? 10;
  const address = new Map(buildings.map((b) => [b.id, b.address]));
  const name = (id: string): string => address.get(id) ?? id;
  const entry = (buildingId: string, line: string = name(buildingId)): SummaryEntry => ({
    text: line,
    buildingId,
  });
  const capped = (entries: SummaryEntry[]): SummaryEntry[] =>
    entries.length > maxNames
      ? [...entries.slice(0, maxNames), { text: text.andMore(entries.length, counter) }]
      : entries;
  const labelOf = new Map(report.milestones.map((m) => [m.key, m.label]));
  const fieldLabel = (field: string): string =>
    labelOf.get(field) ?? (field === 'status' ? text.statusField : field === 'row' ? text.rowField : field);

  const items: SummaryItem[] = [];
  for (const milestone of report.milestones) {
    const ids = changes.reached.filter((r) => r.milestone === milestone.key).map((r) => r.buildingId);
    if (ids.length > 0)
      items.push({
        heading: text.reached(milestone.label, ids.length, counter),
        entries: capped(ids.map((id) => entry(id))),
      });
  }
  if (changes.statusChanges.length > 0) {
    items.push({
      heading: text.statusChanges(changes.statusChanges.length, counter),
      entries: capped(
        changes.statusChanges.map((c) =>
          entry(
            c.buildingId,
            text.statusChange(
              name(c.buildingId),
              c.from ? text.statuses[c.from] : undefined,
              text.statuses[c.to],
            ),
          ),
        ),
      ),
    });
  }
  // In the first month every building is "added"; that is the start of tracking, not news.
  if (changes.previous !== undefined && changes.added.length > 0) {
    items.push({
      heading: text.added(changes.added.length, counter),
      entries: capped(changes.added.map((id) => entry(id))),
    });
  }
  if (changes.removed.length > 0) {
    items.push({
      heading: text.removed(changes.removed.length, counter),
      entries: capped(changes.removed.map((id) => entry(id))),
    });
  }
  const lateReports = changes.corrections.filter((c) => isLateReport(c, report.milestones));
  const corrections = changes.corrections.filter((c) => !isLateReport(c, report.milestones));
  if (lateReports.length > 0) {
    items.push({
      heading: text.lateReports(lateReports.length),
      entries: lateReports.map((c) =>
        entry(
          c.buildingId,
          text.lateReport(name(c.buildingId), fieldLabel(c.field), c.newValue, c.date, c.reason),
        ),
      ),
    });
  }
  if (corrections.length > 0) {
    items.push({
      heading: text.corrections(corrections.length),
      entries: corrections.map((c) =>
        entry(
          c.buildingId,
          text.correction(
            name(c.buildingId),
            fieldLabel(c.field),
            c.oldValue || text.emptyValue,
            c.newValue || text.emptyValue,
            c.date,
            c.reason,
          ),
        ),
      ),
    });
  }
  // Months declared as not counted, between the previous snapshot and this one.
  const skipped = (report.skippedMonths ?? []).filter(
    (s) => s.month < changes.month && (changes.previous === undefined || s.month > changes.previous),
  );
  if (skipped.length > 0) {
    items.push({
      heading: text.skippedMonths(skipped.length),
      entries: [...skipped]
        .sort((a, b) => a.month.localeCompare(b.month))
        .map((s) => ({ text: text.skippedMonth(formatMonth(s.month), s.reason) })),
    });
  }
  return { month: changes.month, previous: changes.previous, items };
}

/** One-line title, e.g. `2025年9月（与2025年8月相比）`. */
export function summaryTitle(summary: MonthSummary, text: FeedText): string {
  const base = formatMonth(summary.month);
  return summary.previous
    ? text.titleComparedWith(base, formatMonth(summary.previous))
    : text.titleFirst(base);
}

/** Plain-text summary for a terminal or a feed item. */
export function summaryText(summary: MonthSummary, text: FeedText): string {
  if (summary.items.length === 0) return `${summaryTitle(summary, text)}\n${text.nothingChanged}\n`;
  const lines = [summaryTitle(summary, text)];
  for (const item of summary.items) {
    lines.push(`· ${item.heading}`);
    for (const entry of item.entries) lines.push(`    ${entry.text}`);
  }
  return `${lines.join('\n')}\n`;
}
