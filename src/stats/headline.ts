// Which figures head a page and its poster, from report.json `headline`: pages and posters read this one
// list, so they always show the same figures in the same order.
import { entityWords } from '../data/programmeWords.ts';
import type { HeadlineEntry, Milestone, ReportConfig } from '../data/types.ts';
import { buildingHeadline } from '../format/buildingHeadline.ts';
import type { UiStrings } from '../i18n/uiTable.ts';
import { NO_STAGE, type BuildingState, type Figures } from './types.ts';

export interface HeadlineItem {
  /** `permit` for buildings that reached permit; `in_service_pending` for those working towards in_service. */
  key: string;
  milestone: Milestone;
  measure: 'reached' | 'pending';
  label: string;
  count: number;
}

// The elevator programme's figures by milestone key, for a report.json written before `headline` existed;
// their words are the milestones' own (`done`, `pending`). Xicun states its headline in report.json.
const ELEVATOR_DEFAULT: readonly HeadlineEntry[] = [
  'in_service',
  { pending: 'in_service' },
  'permit',
  'subsidy',
  'group_formed',
];
const FALLBACK_COUNT = 3;

const keyOf = (entry: HeadlineEntry): string =>
  typeof entry === 'string' ? entry : 'pending' in entry ? entry.pending : entry.milestone;

/** The headline entries in force: report.json's, else the elevator defaults it has, else its last required milestones. */
export function headlineEntries(report: Pick<ReportConfig, 'milestones' | 'headline'>): HeadlineEntry[] {
  if (report.headline) return report.headline;
  const keys = new Set(report.milestones.map((m) => m.key));
  const known = ELEVATOR_DEFAULT.filter((e) => keys.has(keyOf(e)));
  if (known.length > 0) return known;
  // An optional step many entries skip would make a small, puzzling headline figure.
  return report.milestones
    .filter((m) => m.optional !== true)
    .slice(-FALLBACK_COUNT)
    .reverse()
    .map((m) => m.key);
}

/** Headline figures of one scope and month, in report order; entries naming no milestone are skipped. */
export function headlineItems(
  report: Pick<ReportConfig, 'milestones' | 'headline'>,
  f: Figures,
  text: Pick<UiStrings['figures'], 'reached' | 'pending'>,
): HeadlineItem[] {
  const { milestones } = report;
  return headlineEntries(report).flatMap((entry): HeadlineItem[] => {
    const index = milestones.findIndex((m) => m.key === keyOf(entry));
    const milestone = milestones[index];
    if (!milestone) return [];
    const label = typeof entry === 'string' ? undefined : entry.label;
    if (typeof entry !== 'string' && 'pending' in entry) {
      // Working towards it = the furthest step reached is the one just before (none, for the first), or
      // an optional one skipped on the way.
      const stages: string[] = [];
      for (let j = index - 1; ; j -= 1) {
        const earlier = milestones[j];
        stages.push(earlier?.key ?? NO_STAGE);
        if (!earlier?.optional) break;
      }
      return [
        {
          key: `${milestone.key}_pending`,
          milestone,
          measure: 'pending',
          label: label ?? milestone.pending ?? text.pending(milestone.label),
          count: stages.reduce((sum, stage) => sum + (f.stages[stage] ?? 0), 0),
        },
      ];
    }
    return [
      {
        key: milestone.key,
        milestone,
        measure: 'reached',
        label: label ?? milestone.done ?? text.reached(milestone.label),
        count: f.reached[milestone.key] ?? 0,
      },
    ];
  });
}

/** A building's one line in residents' words (title line, search result, description, link card). */
export function stateHeadline(
  report: Pick<ReportConfig, 'milestones' | 'celebrate' | 'entity'>,
  state: BuildingState,
  text: UiStrings['figures'],
): string {
  return buildingHeadline({
    eligible: state.building.eligible,
    ineligible: entityWords(report.entity).ineligible,
    status: state.row?.status,
    dates: state.row?.dates ?? {},
    milestones: report.milestones,
    celebrate: report.celebrate,
    text,
  });
}
