// The monthly series: no snapshot for a month that has not come yet, no silently skipped month.
import { error, START } from './problem.ts';
import type { Month, Problem, ReportConfig } from './types.ts';

/** The month of `now` in China (UTC+8 all year), where the office works. */
export function monthAt(now: Date): Month {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}

/** The month after `month`. */
export function nextMonth(month: Month): Month {
  const [y, m] = month.split('-').map(Number);
  const year = (y ?? 0) + ((m ?? 1) === 12 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(((m ?? 1) % 12) + 1).padStart(2, '0')}`;
}

/**
 * Snapshot months (ascending, with their files) against `now` and the months report.json declares
 * skipped (`skippedMonths`): a future month is refused; a gap must be declared, and a declared month
 * must be a real gap.
 */
export function checkMonths(
  snapshots: readonly { month: Month; file: string }[],
  report: ReportConfig,
  reportFile: string,
  now: Date,
): Problem[] {
  const problems: Problem[] = [];
  const current = monthAt(now);
  const skipped = new Set((report.skippedMonths ?? []).map((s) => s.month));
  const gaps = new Set<Month>();
  snapshots.forEach(({ month, file }, i) => {
    if (month > current) {
      problems.push(
        error(file, START, 'snapshot.future_month', `快照月份 ${month} 晚于当前月份 ${current}：月份写错了吗？请核对文件名（或 snapshot:add 的 --month）；网址一经发布就是永久的`),
      );
    }
    const previous = snapshots[i - 1]?.month;
    if (previous === undefined) return;
    const missing: Month[] = [];
    for (let m = nextMonth(previous); m < month; m = nextMonth(m)) missing.push(m);
    for (const m of missing) gaps.add(m);
    const undeclared = missing.filter((m) => !skipped.has(m));
    if (undeclared.length > 0) {
      problems.push(
        error(file, START, 'snapshot.gap', `${previous} 与 ${month} 之间缺少 ${undeclared.slice(0, 3).join('、')}${undeclared.length > 3 ? ` 等 ${undeclared.length} 个月` : ''} 的快照：请补上；如这几个月确实没有统计，请在 report.json 的 skippedMonths 中逐月登记并说明原因，例如 {"month": "${undeclared[0] ?? ''}", "reason": "……"}（会在“更正记录”页公开）`),
      );
    }
  });
  for (const s of report.skippedMonths ?? []) {
    if (gaps.has(s.month)) continue;
    problems.push(
      error(reportFile, START, 'report.skipped_not_gap', `skippedMonths 登记了 ${s.month}，但它不是快照序列中的空缺（这个月有快照，或在第一期之前、最后一期之后）：请删除这一项`),
    );
  }
  return problems;
}
