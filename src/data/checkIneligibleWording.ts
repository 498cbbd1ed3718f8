// report.json's `ineligible.reasons` explain each recorded reason to residents: a wording no building uses
// is usually a reason spelt differently in buildings.csv, so the building shows no explanation.
import type { Position } from './problem.ts';
import { warning } from './problem.ts';
import type { Building, Problem, ReportConfig } from './types.ts';

/** Warnings for `ineligible.reasons` keys that no ineligible building's `ineligible_reason` matches. */
export function checkIneligibleWording(
  report: ReportConfig,
  buildings: readonly Building[],
  file: string,
  locate: (path: readonly (string | number)[]) => Position,
): Problem[] {
  const reasons = Object.keys(report.ineligible?.reasons ?? {});
  const used = new Set(buildings.filter((b) => !b.eligible).map((b) => b.ineligibleReason?.trim()));
  const recorded = [...used].filter((r): r is string => r !== undefined && r !== '');
  return reasons
    .filter((key) => !used.has(key))
    .map((key) =>
      warning(
        file,
        locate(['ineligible', 'reasons', key]),
        'report.ineligible_reason_unused',
        `ineligible.reasons 中的“${key}”没有一行使用：buildings.csv 的 ineligible_reason 要与它一字不差${
          recorded.length > 0 ? `（现有原因：${recorded.slice(0, 5).join("、")}${recorded.length > 5 ? ' 等' : ''}）` : ''
        }；不再需要就删除这一项`,
      ),
    );
}
