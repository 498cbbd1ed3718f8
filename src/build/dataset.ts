// The loaded report, queried once per build and imported by every page (STYLE rule 2).
// Invalid data fails the build with every problem, formatted as `file:line:column: error: …`.
import { formatProblem } from '../data/formatProblems.ts';
import { programmeWords, type ProgrammeWords } from '../data/programmeWords.ts';
import { stateHeadline } from '../stats/headline.ts';
import type { Building, Community, Dataset } from '../data/types.ts';
import { searchHints } from '../search/searchHints.ts';
import type { BuildingState, SiteStats } from '../stats/types.ts';
import { sharedDataset } from './sharedDataset.ts';

import { dataDir } from 'virtual:gongshi/config';
import { ui } from '../i18n/siteUi.ts';

// Shared with the poster integration, which starts the load at astro:build:start.
const result = await sharedDataset(dataDir);
if (!result.ok) {
  const lines = result.problems.map((p) => formatProblem(p, 'text'));
  throw new Error(`数据有 ${result.problems.length} 个问题，网站未生成：\n${lines.join('\n')}`);
}

for (const w of result.warnings) console.warn(formatProblem(w, 'text'));

export const dataset: Dataset = result.dataset;
export const stats: SiteStats = result.stats;
export const report = dataset.report;
export const milestones = report.milestones;
/** The programme's words (楼栋/栋/楼, 加装电梯 …) every page names and counts with. */
export const words: ProgrammeWords = programmeWords(report);
/** The interface words in the site's locale (one table for pages and charts: src/i18n/siteUi.ts). */
export { ui };
/** Example queries for the search boxes, from this street's own addresses. */
export const searchExamples: readonly string[] = searchHints(
  dataset.buildings.filter((b) => b.eligible).map((b) => b.address),
  ui.searchPage,
);

const communityById = new Map(dataset.communities.map((c) => [c.id, c]));
const buildingById = new Map(dataset.buildings.map((b) => [b.id, b]));

/** The community with this id; throws on an unknown id (the loader has checked them all). */
export function community(id: string): Community {
  const c = communityById.get(id);
  if (!c) throw new Error(`unknown community ${id}`);
  return c;
}

/** The registry building with this id. */
export function building(id: string): Building {
  const b = buildingById.get(id);
  if (!b) throw new Error(`unknown building ${id}`);
  return b;
}

/** Current state of a registry building. */
export function buildingState(id: string): BuildingState {
  const s = stats.buildings[id];
  if (!s) throw new Error(`no stats for building ${id}`);
  return s;
}

/** Buildings of one community in registry order. */
export function buildingsOf(communityId: string): Building[] {
  return dataset.buildings.filter((b) => b.communityId === communityId);
}

/** The building's one line in residents' words (title line, search result, description, link card). */
export function headlineOf(state: BuildingState): string {
  return stateHeadline(report, state, ui.figures);
}
