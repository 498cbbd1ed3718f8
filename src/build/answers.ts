// Figures behind the "what next" boxes and the guide, computed once per build from the loaded data.
import type { Building, ServicePoint } from '../data/types.ts';
import { arrivalTimes, monthEndDate, stepTimes, type StepTime } from '../stats/stepTimes.ts';
import { NO_STAGE } from '../stats/types.ts';
import { buildingState, community, dataset, milestones, report, stats } from './dataset.ts';
import { whatNext, type WhatNext } from '../site/whatNext.ts';

const latest = dataset.snapshots[dataset.snapshots.length - 1];

/** The street's own step times, from the latest snapshot (it carries every building's dates). */
export const streetSteps: ReadonlyMap<string, StepTime> = stepTimes(
  latest?.rows ?? [],
  milestones.map((m) => m.key),
);

/** How long reaching each step usually takes here (the guide), keyed by the step reached. */
export const streetArrivals: ReadonlyMap<string, StepTime> = arrivalTimes(
  latest?.rows ?? [],
  milestones.map((m) => m.key),
);

/** The data's as-of date: the last day of the latest snapshot month. */
export const asOf = monthEndDate(stats.latestMonth);

/** The community's service point, if the data names one. */
export function servicePointOf(communityId: string): ServicePoint | undefined {
  return community(communityId).servicePoint;
}

/** The "what next" box of one registry building. */
export function whatNextOf(buildingId: string): WhatNext {
  const state = buildingState(buildingId);
  return whatNext({
    report,
    building: state.building,
    row: state.row,
    stage: state.stage,
    steps: streetSteps,
    asOf,
    servicePoint: servicePointOf(state.building.communityId),
  });
}

/** Eligible buildings of a community with no group yet (and not paused or withdrawn), in registry order. */
export function withoutGroup(communityId: string): Building[] {
  return dataset.buildings.filter(
    (b) =>
      b.communityId === communityId &&
      b.eligible &&
      buildingState(b.id).stage === NO_STAGE &&
      whatNextOf(b.id).kind === 'start',
  );
}
