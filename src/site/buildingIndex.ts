// The no-JavaScript "find my building" list: every building, grouped by community, in address order
// (西湾东2号 before 西湾东10号), with the words for its current stage.
import { entityWords } from '../data/programmeWords.ts';
import type { Building, Community, ReportConfig } from '../data/types.ts';
import { stageLabel, type StageWords } from '../format/index.ts';
import type { Stage } from '../stats/types.ts';

export interface IndexEntry {
  id: string;
  address: string;
  stageText: string;
}

export interface IndexGroup {
  community: Community;
  entries: IndexEntry[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Communities in registry order, each with its buildings sorted by address. */
export function buildingIndex(
  communities: readonly Community[],
  buildings: readonly Building[],
  stageOf: (buildingId: string) => Stage,
  report: ReportConfig,
  words: StageWords,
): IndexGroup[] {
  return communities.map((community) => ({
    community,
    entries: buildings
      .filter((b) => b.communityId === community.id)
      .map((b) => ({
        id: b.id,
        address: b.address,
        stageText: b.eligible
          ? stageLabel(report, stageOf(b.id), words)
          : entityWords(report.entity).ineligible,
      }))
      .sort((a, b) => collator.compare(a.address, b.address)),
  }));
}
