// The one loader: reads a data directory, checks everything, and returns typed data or every problem.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkHistory } from './checkHistory.ts';
import { decodeText } from './decodeText.ts';
import { parseBuildings } from './parseBuildings.ts';
import { parseCommunities } from './parseCommunities.ts';
import { parseCorrections, type SourcedCorrection } from './parseCorrections.ts';
import { parseReport } from './parseReport.ts';
import { parseSnapshot, type SnapshotResult } from './parseSnapshot.ts';
import { loadBuildingPhotos, loadStoryPhotos, type StoryText } from './photos/loadPhotos.ts';
import { error, sortProblems, START } from './problem.ts';
import { scanStory } from './scanStories.ts';
import { snapshotFiles } from './snapshotFiles.ts';
import type { LoadResult, Problem } from './types.ts';

async function readText(file: string): Promise<string | undefined> {
  try {
    return decodeText(await readFile(file)).text;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function listDir(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Every .md/.mdx file under a directory, as paths joined onto it. */
async function storyFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.mdx?$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const missing = (file: string, what: string): Problem =>
  error(file, START, 'file.missing', `找不到文件：${what}（见 data/README.md）`);

/** Loads and validates the data directory `dir`. Reports all problems in one run. */
export async function loadDataset(dir: string): Promise<LoadResult> {
  const problems: Problem[] = [];
  const path = (relative: string): string => join(dir, relative);

  const reportFile = path('report.json');
  const reportText = await readText(reportFile);
  const reportResult = reportText === undefined ? undefined : parseReport(reportText, reportFile);
  if (!reportResult) problems.push(missing(reportFile, '需要 report.json（标题、里程碑、目标）'));
  else problems.push(...reportResult.problems);
  const report = reportResult?.report;

  const communitiesFile = path('communities.csv');
  const communitiesText = await readText(communitiesFile);
  const communities = communitiesText === undefined ? undefined : parseCommunities(communitiesText, communitiesFile);
  if (!communities) problems.push(missing(communitiesFile, '需要 communities.csv（community_id,name）'));
  else problems.push(...communities.problems);

  const buildingsFile = path('buildings.csv');
  const buildingsText = await readText(buildingsFile);
  const communityIds = communities ? new Set(communities.communities.map((c) => c.id)) : undefined;
  const buildings = buildingsText === undefined ? undefined : parseBuildings(buildingsText, buildingsFile, communityIds);
  if (!buildings) problems.push(missing(buildingsFile, '需要 buildings.csv（楼栋登记表）'));
  else problems.push(...buildings.problems);
  const registry = buildings
    ? {
        known: new Set(buildings.lines.keys()),
        eligible: new Map(buildings.buildings.map((b) => [b.id, b.eligible])),
      }
    : undefined;

  const snapshotsDir = path('snapshots');
  const names = await listDir(snapshotsDir);
  const snapshots: SnapshotResult[] = [];
  if (!names) problems.push(missing(snapshotsDir, '需要 snapshots/ 目录，每月一个 YYYY-MM.csv'));
  else {
    const listed = snapshotFiles(names, snapshotsDir);
    problems.push(...listed.problems);
    if (listed.files.length === 0 && listed.problems.length === 0) {
      problems.push(error(snapshotsDir, START, 'snapshot.none', 'snapshots/ 中没有快照：请至少放一个 YYYY-MM.csv'));
    }
    for (const f of report ? listed.files : []) {
      const file = join(snapshotsDir, f.name);
      const text = (await readText(file)) ?? '';
      const result = parseSnapshot(text, file, f.month, f.format, report?.milestones ?? [], registry);
      problems.push(...result.problems);
      snapshots.push(result);
    }
  }

  const correctionsFile = path('corrections.csv');
  const correctionsText = await readText(correctionsFile);
  let corrections: SourcedCorrection[] = [];
  if (correctionsText !== undefined && report) {
    const parsed = parseCorrections(correctionsText, correctionsFile, report.milestones);
    problems.push(...parsed.problems);
    corrections = parsed.corrections;
  }
  if (report) problems.push(...checkHistory(snapshots, report.milestones, corrections, correctionsFile));

  const stories: StoryText[] = [];
  for (const file of await storyFiles(path('stories'))) {
    const text = (await readText(file)) ?? '';
    problems.push(...scanStory(text, file));
    stories.push({ file, text });
  }

  const photos = report && registry
    ? await loadBuildingPhotos(dir, { buildings: registry.known, milestones: report.milestones, latest: snapshots.at(-1)?.snapshot })
    : { photos: [], problems: [] };
  const storyPhotos = await loadStoryPhotos(path('stories'), stories);
  problems.push(...photos.problems, ...storyPhotos.problems);

  const sorted = sortProblems(problems);
  const warnings = sorted.filter((p) => p.severity === 'warning');
  if (sorted.some((p) => p.severity === 'error') || !report || !communities || !buildings) {
    return { ok: false, problems: sorted };
  }
  return {
    ok: true,
    warnings,
    dataset: {
      dir,
      report,
      communities: communities.communities,
      buildings: buildings.buildings,
      snapshots: snapshots.map((s) => s.snapshot),
      corrections: corrections.map((c) => c.correction),
      photos: photos.photos,
      storyPhotos: storyPhotos.photos,
    },
  };
}
