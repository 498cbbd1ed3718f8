// A community's buildings as table rows, sorted on the server: furthest stage first, then address.
import { entityWords } from '../data/programmeWords.ts';
import type { ReportConfig, Status } from '../data/types.ts';
import { stageLabel, type StageWords } from '../format/index.ts';
import type { BuildingState } from '../stats/types.ts';
import { stageRank } from './labels.ts';

export interface BuildingRow {
  id: string;
  address: string;
  stage: string;
  stageText: string;
  /** Status key, `active` when untracked. */
  status: Status;
  statusText: string;
  /** Date the current stage was reached, ISO, or empty. */
  since: string;
  floors: number | undefined;
  eligible: boolean;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Eligible buildings by stage (furthest first) then address; ineligible ones last, by address. */
export function buildingRows(
  states: readonly BuildingState[],
  report: ReportConfig,
  words: StageWords & { statuses: Readonly<Record<Status, string>> },
): BuildingRow[] {
  return states
    .map((s): BuildingRow & { rank: number } => ({
      id: s.building.id,
      address: s.building.address,
      stage: s.stage,
      stageText: s.building.eligible
        ? stageLabel(report, s.stage, words)
        : entityWords(report.entity).ineligible,
      status: s.row?.status ?? 'active',
      statusText: s.row ? words.statuses[s.row.status] : '',
      since: s.row?.dates[s.stage] ?? '',
      floors: s.building.floors,
      eligible: s.building.eligible,
      rank: s.building.eligible ? stageRank(report.milestones, s.stage) : -1,
    }))
    .sort((a, b) => b.rank - a.rank || collator.compare(a.address, b.address))
    .map(({ rank: _rank, ...row }) => row);
}
