// Progress towards the report's published goals.
import type { Goal } from '../data/types.ts';
import type { Figures, GoalProgress } from './types.ts';

/** Progress of each goal: buildings or residents that reached its milestone, against its target. */
export function goalProgress(goals: readonly Goal[], figures: Figures): GoalProgress[] {
  return goals.map((goal) => {
    const counts = goal.measure === 'buildings' ? figures.reached : figures.residentsReached;
    const value = counts[goal.milestone] ?? 0;
    // A zero target is meaningless; report no progress rather than Infinity.
    return { goal, value, target: goal.target, ratio: goal.target > 0 ? value / goal.target : 0 };
  });
}
