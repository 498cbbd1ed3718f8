// The one loader: reads a data directory, checks everything, and returns typed data or every problem.
import { join, relative as relativePath } from 'node:path';
import { checkIneligibleWording } from './checkIneligibleWording.ts';
import { checkResidentsGoals } from './checkResidentsGoals.ts';
import { checkHistory } from './checkHistory.ts';
import { checkMonths } from './checkMonths.ts';
import { checkRegistryHistory } from './checkRegistryHistory.ts';
import { CorrectionMatcher, unusedCorrections } from './correctionMatcher.ts';
import { openDataDir, type FileKind } from './dataFiles.ts';
import { parseBuildings } from './parseBuildings.ts';
import { parseCommunities } from './parseCommunities.ts';
import { parseCorrections, type SourcedCorrection } from './parseCorrections.ts';
import { readReportFrom } from './readReport.ts';
import { parseSnapshot, type SnapshotResult } from './parseSnapshot.ts';
import { entityWords } from './programmeWords.ts';
import { loadBuildingPhotos, loadStoryPhotos } from './photos/loadPhotos.ts';
import { error, sortProblems, START } from './problem.ts';
import { scanGuide } from './scanGuide.ts';
import { scanMarkdownPage } from './scanMarkdownPage.ts';
import { unsafeSvgReason } from '../theme/theme.ts';
import { scanStory } from './scanStories.ts';
import { snapshotFiles } from './snapshotFiles.ts';
import { chinaDate, checkStories, type StoryFile } from './stories/checkStories.ts';
import { checkStoryText } from './storyText.ts';
import type { IsoDate, LoadResult, Problem } from './types.ts';

const missing = (file: string, what: string): Problem =>
  error(file, START, 'file.missing', `找不到文件：${what}（见 data/README.md）`);

export interface LoadOptions {
  /** The build day (stories dated later are errors); defaults to today in China. */
  today?: IsoDate;
  /** The moment of the build: no snapshot may be for a later month. Pass it in; tests freeze it. */
  now?: Date;
}

/** Loads and validates the data directory `dir`. Reports all problems in one run. */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  // Every read goes through the door, which refuses links anywhere under `dir` (each one is a problem).
  const files = openDataDir(dir);
  const problems: Problem[] = [...files.problems];
  const path = files.path;
  /** The file's text; undefined when it is missing, null when it was refused (already reported). */
  const readText = (relative: string, kind: FileKind = 'table'): string | undefined | null => {
    const read = files.read(relative, kind);
    if (read.kind === 'text') return read.text;
    if (read.kind === 'missing') return undefined;
    if (read.problem) problems.push(read.problem);
    return null;
  };

  const reportResult = readReportFrom(files);
  // A refused (linked) report.json is already one of the door's problems.
  problems.push(...reportResult.problems.filter((p) => !files.problems.includes(p)));
  const report = reportResult.report;
  // The programme's noun names the id column (小区编号); unknown while report.json is unreadable.
  const noun = report ? entityWords(report.entity).noun : undefined;

  const communitiesFile = path('communities.csv');
  const communitiesText = readText('communities.csv');
  const communities = communitiesText == null ? undefined : parseCommunities(communitiesText, communitiesFile);
  if (communitiesText === undefined) problems.push(missing(communitiesFile, '需要 communities.csv（community_id,name）'));
  else if (communities) problems.push(...communities.problems);

  const buildingsFile = path('buildings.csv');
  const buildingsText = readText('buildings.csv');
  const communityIds = communities ? new Set(communities.communities.map((c) => c.id)) : undefined;
  const buildings = buildingsText == null ? undefined : parseBuildings(buildingsText, buildingsFile, communityIds, noun);
  if (buildingsText === undefined) problems.push(missing(buildingsFile, '需要 buildings.csv（登记表）'));
  else if (buildings) problems.push(...buildings.problems);
  const registry = buildings
    ? {
        known: new Set(buildings.lines.keys()),
        eligible: new Map(buildings.buildings.map((b) => [b.id, b.eligible])),
      }
    : undefined;

  const snapshotsDir = path('snapshots');
  const names = files.names('snapshots');
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
      const text = readText(`snapshots/${f.name}`);
      if (text == null) continue;
      const result = parseSnapshot(text, file, f.month, f.format, report?.milestones ?? [], registry, noun);
      problems.push(...result.problems);
      snapshots.push(result);
    }
  }

  const correctionsFile = path('corrections.csv');
  const correctionsText = readText('corrections.csv');
  let corrections: SourcedCorrection[] = [];
  if (correctionsText != null && report) {
    const parsed = parseCorrections(correctionsText, correctionsFile, report.milestones, noun);
    problems.push(...parsed.problems);
    corrections = parsed.corrections;
  }
  if (report) {
    const matcher = new CorrectionMatcher(corrections.map((c) => c.correction));
    problems.push(...checkHistory(snapshots, report.milestones, matcher));
    if (buildings && communityIds) {
      problems.push(...checkRegistryHistory(corrections, buildings.buildings, communityIds, matcher, correctionsFile));
    }
    problems.push(
      ...unusedCorrections(
        corrections.map((c) => c.correction),
        matcher,
        correctionsFile,
        'warning',
      ),
    );
    if (buildings && reportResult.locate) {
      problems.push(...checkIneligibleWording(report, buildings.buildings, reportResult.file, reportResult.locate));
      problems.push(...checkResidentsGoals(report, buildings.buildings, reportResult.file, reportResult.locate));
    }
    const months = snapshots.map((s) => ({ month: s.snapshot.month, file: s.snapshot.file }));
    problems.push(...checkMonths(months, report, reportResult.file, options.now ?? new Date()));
  }

  const stories: StoryFile[] = [];
  for (const story of files.filesUnder('stories', /\.mdx?$/i)) {
    const text = readText(story, 'story');
    if (text == null) continue;
    problems.push(...checkStoryText(text, path(story)), ...scanStory(text, path(story)));
    stories.push({ file: path(story), relative: relativePath(path('stories'), path(story)), text });
  }
  const checkedStories = checkStories(stories, {
    buildings: registry?.known,
    milestones: report ? new Set(report.milestones.map((m) => m.key)) : undefined,
    today: options.today ?? chinaDate(options.now ?? new Date()),
  });
  problems.push(...checkedStories.problems);

  const photos = report && registry
    ? await loadBuildingPhotos(dir, { buildings: registry.known, milestones: report.milestones, latest: snapshots.at(-1)?.snapshot, noun })
    : { photos: [], problems: [] };
  const storyPhotos = await loadStoryPhotos(path('stories'), stories);
  problems.push(...photos.problems, ...storyPhotos.problems);

  // The guide is free text like a story, with the same rules, plus its own (scanGuide).
  const guideText = readText('guide.md', 'story');
  if (guideText != null) problems.push(...checkStoryText(guideText, path('guide.md')), ...scanGuide(guideText, path('guide.md')));
  // The logo (report.json `theme.logo`): an SVG served from the site's own origin, so nothing in it may run.
  /** Text of a file report.json names at `key`; a missing file is an error at that key, with the fix. */
  const namedFile = (key: string[], file: string, kind: FileKind, what: string): string | null | undefined => {
    const text = readText(file, kind);
    if (text === undefined) {
      const name = key.join('.');
      problems.push(error(reportResult.file, reportResult.locate?.(key) ?? START, `report.${key.at(-1)}_missing`, `report.json 的 ${name} 指定了 ${file}，但数据文件夹里没有这个文件：请放入这个${what}，或删除 ${name}`));
    }
    return text;
  };
  if (report?.theme?.logo !== undefined) {
    const logo = report.theme.logo;
    const svg = namedFile(['theme', 'logo'], logo, 'config', ' SVG 文件');
    const unsafe = svg == null ? undefined : unsafeSvgReason(svg);
    if (unsafe) problems.push(error(path(logo), START, 'logo.unsafe', `标志文件不能含有${unsafe}：请用只含图形的 SVG（可以用绘图软件“导出为普通 SVG”）`));
  }
  // The about page's text (report.json `about`): free text under the story rules.
  if (report?.about !== undefined) {
    const aboutText = namedFile(['about'], report.about, 'story', '文件');
    if (aboutText != null) {
      problems.push(...checkStoryText(aboutText, path(report.about)), ...scanMarkdownPage(aboutText, path(report.about)));
    }
  }

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
      stories: checkedStories.stories,
    },
  };
}
