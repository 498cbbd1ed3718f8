// The list of posters a build publishes: one job per output file, each with its content model.
import type { Dataset, ReportConfig } from '../data/types.ts';
import {
  buildingPosterUrl,
  buildingPrintPosterUrl,
  communityPosterUrl,
  communityPrintPosterUrl,
  ogImageUrl,
  streetPosterUrl,
  storyPosterUrl,
  storyPrintPosterUrl,
  streetPrintPosterUrl,
} from '../urls.ts';
import type { SiteStats } from '../stats/types.ts';
import {
  buildingPosterModel,
  communityPosterModel,
  communityPrintPosterModel,
  ogCardModel,
  type OgFacts,
  printPosterModel,
  streetPosterModel,
} from './models.ts';
import { storyPosterModel } from './storyModel.ts';
import type { PosterModel } from './types.ts';

export interface PosterJob {
  /** Site path of the PNG, e.g. `/posters/2025-09.png`. */
  path: string;
  model: PosterModel;
}

/** Street and print posters for every month, community posters, building celebrations and stories. */
export function posterJobs(dataset: Dataset, stats: SiteStats): PosterJob[] {
  const { report } = dataset;
  const jobs: PosterJob[] = [];
  for (const month of stats.months) {
    jobs.push({
      path: streetPosterUrl(month),
      model: streetPosterModel(report, stats, month, dataset.photos),
    });
    jobs.push({ path: streetPrintPosterUrl(month), model: printPosterModel(report, stats, month) });
  }
  for (const community of dataset.communities) {
    jobs.push({
      path: communityPosterUrl(community.id),
      model: communityPosterModel(report, stats, community, dataset.photos),
    });
    jobs.push({
      path: communityPrintPosterUrl(community.id),
      model: communityPrintPosterModel(report, stats, community),
    });
  }
  for (const building of dataset.buildings) {
    const model = buildingPosterModel(report, stats, building.id, dataset.photos);
    if (!model) continue;
    jobs.push({ path: buildingPosterUrl(building.id), model });
    jobs.push({ path: buildingPrintPosterUrl(building.id), model: { ...model, edition: 'print' } });
  }
  for (const story of dataset.stories) {
    jobs.push({ path: storyPosterUrl(story.slug), model: storyPosterModel(dataset, story) });
    jobs.push({ path: storyPrintPosterUrl(story.slug), model: storyPosterModel(dataset, story, 'print') });
  }
  return jobs;
}

/** Open Graph card job for a page path such as `/buildings/x/`. */
export function ogJob(
  report: ReportConfig,
  pagePath: string,
  page: { title: string; subtitle: string },
  facts?: OgFacts,
): PosterJob {
  return { path: ogImageUrl(pagePath), model: ogCardModel(report, page, facts) };
}
