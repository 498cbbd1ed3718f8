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
import type { PosterModel, PosterText } from './types.ts';

export interface PosterJob {
  /** Site path of the PNG, e.g. `/posters/2025-09.png`. */
  path: string;
  model: PosterModel;
}

/** Street and print posters for every month, community posters, building celebrations and stories. */
export function posterJobs(dataset: Dataset, stats: SiteStats, text: PosterText): PosterJob[] {
  const { report } = dataset;
  const jobs: PosterJob[] = [];
  for (const month of stats.months) {
    jobs.push({
      path: streetPosterUrl(month),
      model: streetPosterModel(report, text, stats, month, dataset.photos),
    });
    jobs.push({ path: streetPrintPosterUrl(month), model: printPosterModel(report, text, stats, month) });
  }
  for (const community of dataset.communities) {
    jobs.push({
      path: communityPosterUrl(community.id),
      model: communityPosterModel(report, text, stats, community, dataset.photos),
    });
    jobs.push({
      path: communityPrintPosterUrl(community.id),
      model: communityPrintPosterModel(report, text, stats, community),
    });
  }
  for (const building of dataset.buildings) {
    const model = buildingPosterModel(report, text, stats, building.id, dataset.photos);
    if (!model) continue;
    jobs.push({ path: buildingPosterUrl(building.id), model });
    jobs.push({ path: buildingPrintPosterUrl(building.id), model: { ...model, edition: 'print' } });
  }
  for (const story of dataset.stories) {
    jobs.push({ path: storyPosterUrl(story.slug), model: storyPosterModel(dataset, text, story) });
    jobs.push({
      path: storyPrintPosterUrl(story.slug),
      model: storyPosterModel(dataset, text, story, 'print'),
    });
  }
  return jobs;
}

/** Open Graph card job for a page path such as `/buildings/x/`. */
export function ogJob(
  report: ReportConfig,
  text: PosterText,
  pagePath: string,
  page: { title: string; subtitle: string },
  facts?: OgFacts,
): PosterJob {
  return { path: ogImageUrl(pagePath), model: ogCardModel(report, text, page, facts) };
}
