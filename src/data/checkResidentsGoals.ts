// A goal counted in residents (万人) needs the residents column in buildings.csv: without it every
// figure would read 0 and the goal would look unreached for ever.
import type { Position } from './problem.ts';
import { error } from './problem.ts';
import type { Building, Problem, ReportConfig } from './types.ts';

/** Errors at each residents goal when any building has no residents figure. */
export function checkResidentsGoals(
  report: ReportConfig,
  buildings: readonly Building[],
  file: string,
  locate: (path: readonly (string | number)[]) => Position,
): Problem[] {
  const missing = buildings.filter((b) => b.residents === undefined);
  if (missing.length === 0) return [];
  return report.goals.flatMap((goal, i) =>
    goal.measure === 'residents'
      ? [
          error(
            file,
            locate(['goals', i, 'measure']),
            'report.goal_needs_residents',
            `目标“${goal.label}”按居民人数计算，但 buildings.csv 中有 ${missing.length} 行没有居民数（如 ${missing[0]?.id}）：请在 buildings.csv 中加上 residents 列并逐行填写，或把这个目标改为 "measure": "buildings"`,
          ),
        ]
      : [],
  );
}
