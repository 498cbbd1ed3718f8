// Poster content from the report and its statistics: pure functions, every string formatted here.
import { entityWords } from '../data/programmeWords.ts';
import type {
  Building,
  BuildingPhoto,
  Community,
  IsoDate,
  Month,
  Photo,
  ReportConfig,
} from '../data/types.ts';
import {
  formatCount,
  formatDate,
  formatMonth,
  formatMonths,
  formatPercent,
  milestoneLabel,
} from '../format/index.ts';
import { absoluteUrl, buildingUrl, communityUrl, reportUrl } from '../urls.ts';
import { goalProgress } from '../stats/goals.ts';
import { siteAccent } from '../theme/theme.ts';
import { headlineItems } from '../stats/headline.ts';
import { uiFor } from '../i18n/uiTable.ts';
import { DAYS_PER_MONTH, daysBetween } from '../stats/months.ts';
import type { Figures, MilestoneReached, SiteStats } from '../stats/types.ts';
import { MAX_BARS, MAX_FIGURES, MAX_NEWS } from './templates/progress.ts';
import type {
  BuildingPosterModel,
  Figure,
  OgCardModel,
  PosterPhoto,
  PosterText,
  ProgressBar,
  ProgressPosterModel,
} from './types.ts';

const NAMES_PER_NEWS = 3;

/** Last day of a month: snapshots describe the state at the month's end. */
export function monthEnd(month: Month): IsoDate {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The QR code's URL for a site path, and the same without the scheme to print under it. */
export function links(report: ReportConfig, path: string): { qrUrl: string; displayUrl: string } {
  const qrUrl = absoluteUrl(report.siteUrl, path);
  return { qrUrl, displayUrl: qrUrl.replace(/^https?:\/\//, '') };
}

export function headlineFigures(report: ReportConfig, f: Figures): Figure[] {
  const { counter } = entityWords(report.entity);
  return headlineItems(report, f, uiFor(report.locale).figures).map((item) => ({
    label: item.label,
    value: formatCount(item.count, counter),
  }));
}

/** Goals as they stood at the end of `f`'s month: a past month's poster shows that month's progress. */
function goalBars(report: ReportConfig, text: PosterText, f: Figures): ProgressBar[] {
  const { counter, noun } = entityWords(report.entity);
  return goalProgress(report.goals, f).map((g) => {
    const unit = g.goal.measure === 'residents' ? text.residents : counter;
    const whose = g.goal.measure === 'residents' ? text.residentsReached : noun;
    return {
      label: g.goal.label,
      // The goal's own description is a sentence; the bar needs a few words.
      description: `${milestoneLabel(report, g.goal.milestone)}${whose}`,
      valueText: text.goalValue(formatCount(g.value, unit), formatCount(g.target, unit)),
      percentText: formatPercent(g.ratio, 0),
      ratio: Math.min(1, g.ratio),
    };
  });
}

/** Community posters show shares of the community's eligible buildings (goals are street-wide). */
function shareBars(report: ReportConfig, text: PosterText, f: Figures): ProgressBar[] {
  const keys = [...new Set([...report.goals.map((g) => g.milestone), ...report.celebrate])];
  const { counter, noun } = entityWords(report.entity);
  return keys
    .filter((k) => report.milestones.some((m) => m.key === k))
    .map((key) => {
      const value = f.reached[key] ?? 0;
      const ratio = f.eligible > 0 ? value / f.eligible : 0;
      return {
        label: milestoneLabel(report, key),
        description: text.shareOfEligible(noun),
        valueText: `${formatCount(value, counter)} / ${formatCount(f.eligible, counter)}`,
        percentText: formatPercent(ratio, 0),
        ratio: Math.min(1, ratio),
      };
    });
}

/** Each milestone: buildings that reached it, of the eligible ones (the poster's small funnel). */
function stepBars(report: ReportConfig, f: Figures): ProgressBar[] {
  const { counter } = entityWords(report.entity);
  return report.milestones.map((m) => {
    const value = f.reached[m.key] ?? 0;
    const ratio = f.eligible > 0 ? value / f.eligible : 0;
    return {
      label: m.label,
      description: '',
      valueText: formatCount(value, counter),
      percentText: formatPercent(ratio, 0),
      ratio: Math.min(1, ratio),
    };
  });
}

/** One line per milestone reached this month, latest milestones first, naming a few buildings. */
function newsLines(
  report: ReportConfig,
  text: PosterText,
  stats: SiteStats,
  reached: readonly MilestoneReached[],
): string[] {
  const { counter, noun } = entityWords(report.entity);
  const byMilestone = new Map<string, string[]>();
  for (const r of reached) {
    const address = stats.buildings[r.buildingId]?.building.address ?? r.buildingId;
    byMilestone.set(r.milestone, [...(byMilestone.get(r.milestone) ?? []), address]);
  }
  const lines = [...report.milestones].reverse().flatMap((m) => {
    const addresses = byMilestone.get(m.key);
    if (!addresses) return [];
    const named = addresses.slice(0, NAMES_PER_NEWS);
    const more = addresses.length > NAMES_PER_NEWS;
    return [text.newsLine(m.label, formatCount(addresses.length, counter), named, more)];
  });
  return lines.length > 0 ? lines : [text.noNews(noun)];
}

export function figuresFor(series: readonly Figures[], month: Month): Figures {
  const f = series.find((s) => s.month === month);
  if (!f) throw new Error(`no figures for ${month}`);
  return f;
}

/** What every poster carries: from report.json publisher, sample flag, accent and measure word; the labels. */
export function base(
  report: ReportConfig,
  text: PosterText,
): {
  publisher: string;
  illustrative: boolean;
  accent: string;
  counter: string;
  labels: PosterText['labels'];
} {
  return {
    publisher: report.contact.office,
    illustrative: report.illustrative,
    accent: siteAccent(report),
    counter: entityWords(report.entity).counter,
    labels: text.labels,
  };
}

/** Street poster for one snapshot month (`/posters/<YYYY-MM>.png`). */
export function streetPosterModel(
  report: ReportConfig,
  text: PosterText,
  stats: SiteStats,
  month: Month,
  photos: readonly BuildingPhoto[] = [],
): ProgressPosterModel {
  const changes = stats.changesByMonth[month];
  const first = changes?.previous === undefined;
  return {
    kind: 'street',
    area: 'street',
    ...base(report, text),
    ...links(report, reportUrl(month)),
    scope: report.street,
    title: text.title(report.programme),
    period: formatMonth(month),
    figures: headlineFigures(report, figuresFor(stats.street.series, month)).slice(0, MAX_FIGURES),
    progress: goalBars(report, text, figuresFor(stats.street.series, month)).slice(0, MAX_BARS),
    newsTitle: first ? text.firstNewsTitle : text.newsTitle,
    news: newsLines(report, text, stats, changes?.reached ?? []).slice(0, MAX_NEWS),
    steps: stepBars(report, figuresFor(stats.street.series, month)),
    dataDate: text.dataAsOf(formatDate(monthEnd(month))),
    photo: monthPhoto(photos, month, () => true),
  };
}

/** A4 notice-board edition of the street poster (`/posters/print/<YYYY-MM>.png`). */
export function printPosterModel(
  report: ReportConfig,
  text: PosterText,
  stats: SiteStats,
  month: Month,
): ProgressPosterModel {
  // Paper editions leave photos out (toner; and a changed photo need not reprint the notice).
  return { ...streetPosterModel(report, text, stats, month), kind: 'print', photo: undefined };
}

/** A4 notice-board edition of a community's poster (`/posters/print/communities/<id>.png`). */
export function communityPrintPosterModel(
  report: ReportConfig,
  text: PosterText,
  stats: SiteStats,
  community: Community,
): ProgressPosterModel {
  return { ...communityPosterModel(report, text, stats, community), kind: 'print', photo: undefined };
}

/** Community poster for the latest month (`/posters/communities/<id>.png`). */
export function communityPosterModel(
  report: ReportConfig,
  text: PosterText,
  stats: SiteStats,
  community: Community,
  photos: readonly BuildingPhoto[] = [],
): ProgressPosterModel {
  const communityId = community.id;
  const scope = stats.communities[communityId];
  if (!scope) throw new Error(`no statistics for community ${communityId}`);
  const month = stats.latestMonth;
  const inScope = (id: string): boolean => stats.buildings[id]?.community.id === communityId;
  const changes = stats.changesByMonth[month];
  const latest = figuresFor(scope.series, month);
  return {
    kind: 'community',
    area: 'community',
    ...base(report, text),
    ...links(report, communityUrl(communityId)),
    scope: text.parts(report.street, text.communityName(community.name)),
    title: text.title(report.programme),
    period: formatMonth(month),
    figures: headlineFigures(report, latest).slice(0, MAX_FIGURES),
    progress: shareBars(report, text, latest).slice(0, MAX_BARS),
    newsTitle: text.newsTitle,
    news: newsLines(
      report,
      text,
      stats,
      (changes?.reached ?? []).filter((r) => inScope(r.buildingId)),
    ).slice(0, MAX_NEWS),
    steps: stepBars(report, latest),
    dataDate: text.dataAsOf(formatDate(monthEnd(month))),
    photo: monthPhoto(photos, month, inScope),
  };
}

/** The latest celebrated milestone a building has reached, if any. */
export function celebratedMilestone(
  report: ReportConfig,
  stats: SiteStats,
  buildingId: string,
): { key: string; date: string } | undefined {
  const dates = stats.buildings[buildingId]?.row?.dates ?? {};
  const order = report.milestones.map((m) => m.key).filter((k) => report.celebrate.includes(k));
  for (const key of order.reverse()) {
    const date = dates[key];
    if (date !== undefined) return { key, date };
  }
  return undefined;
}

function facts(building: Building, text: PosterText): string[] {
  return [
    ...(building.floors !== undefined ? [formatCount(building.floors, text.floors)] : []),
    ...(building.households !== undefined ? [formatCount(building.households, text.households)] : []),
  ];
}

/** What a poster needs of a photo: the file to crop, its hash for the cache key, its words. */
export function posterPhoto(photo: Photo): PosterPhoto {
  return { file: photo.file, hash: photo.hash, alt: photo.alt, credit: photo.credit };
}

/** The latest of the photos `wanted` accepts, if any. */
function latestPhoto(
  photos: readonly BuildingPhoto[],
  wanted: (photo: BuildingPhoto) => boolean,
): PosterPhoto | undefined {
  const photo = photos
    .filter(wanted)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  return photo && posterPhoto(photo);
}

/** The latest photo dated in `month` among the buildings `inScope` accepts, if any. */
export function monthPhoto(
  photos: readonly BuildingPhoto[],
  month: Month,
  inScope: (buildingId: string) => boolean,
): PosterPhoto | undefined {
  return latestPhoto(photos, (p) => p.date.startsWith(`${month}-`) && inScope(p.buildingId));
}

/** The latest photo of the building at the celebrated milestone, if the office has one. */
export function celebrationPhoto(
  photos: readonly BuildingPhoto[],
  buildingId: string,
  milestone: string,
): PosterPhoto | undefined {
  return latestPhoto(photos, (p) => p.buildingId === buildingId && p.milestone === milestone);
}

/** Celebration poster of a building that reached a milestone in `report.celebrate`; undefined if none. */
export function buildingPosterModel(
  report: ReportConfig,
  text: PosterText,
  stats: SiteStats,
  buildingId: string,
  photos: readonly BuildingPhoto[] = [],
): BuildingPosterModel | undefined {
  const state = stats.buildings[buildingId];
  const celebrated = celebratedMilestone(report, stats, buildingId);
  if (!state || !celebrated) return undefined;
  const dates = state.row?.dates ?? {};
  const timeline = report.milestones.flatMap((m) => {
    const date = dates[m.key];
    return date === undefined || date > celebrated.date ? [] : [{ label: m.label, date: formatDate(date) }];
  });
  const firstMilestone = report.milestones.find((m) => dates[m.key] !== undefined);
  const firstDate = firstMilestone ? dates[firstMilestone.key] : undefined;
  const months =
    firstDate === undefined ? 0 : Math.round(daysBetween(firstDate, celebrated.date) / DAYS_PER_MONTH);
  const celebratedLabel = milestoneLabel(report, celebrated.key);
  const celebratedMilestoneDef = report.milestones.find((m) => m.key === celebrated.key);
  return {
    kind: 'building',
    edition: 'screen',
    ...base(report, text),
    ...links(report, buildingUrl(buildingId)),
    address: state.building.address,
    community: text.parts(report.street, text.communityName(state.community.name)),
    headline: celebratedMilestoneDef?.celebration ?? text.celebrated(celebratedLabel),
    photo: celebrationPhoto(photos, buildingId, celebrated.key),
    date: formatDate(celebrated.date),
    facts: facts(state.building, text),
    timeline,
    journey:
      firstMilestone && firstMilestone.key !== celebrated.key && months > 0
        ? text.journey(firstMilestone.label, celebratedLabel, formatMonths(months))
        : undefined,
    cta: text.buildingCta(entityWords(report.entity)),
  };
}

/** What a link card shows besides its page's title: key figures or a building's state (see ogFacts.ts). */
export interface OgFacts {
  figures: Figure[];
  state: string | undefined;
  /** Replaces the page description, e.g. `数据截至2025年9月30日` under figures; absent keeps it. */
  subtitle?: string;
  /** A story's cover photo. */
  photo?: PosterPhoto;
}

/** Open Graph card for a page, from its title and description, and its figures or state when known. */
export function ogCardModel(
  report: ReportConfig,
  text: PosterText,
  page: { title: string; subtitle: string },
  facts?: OgFacts,
): OgCardModel {
  return {
    kind: 'og',
    title: page.title,
    subtitle: facts?.subtitle ?? page.subtitle,
    figures: facts?.figures ?? [],
    state: facts?.state,
    photo: facts?.photo,
    siteName: report.title,
    accent: siteAccent(report),
    illustrative: report.illustrative,
    counter: entityWords(report.entity).counter,
    labels: text.labels,
  };
}
