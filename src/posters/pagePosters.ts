// The posters this build publishes, so pages link only to posters that exist and describe them in words.
import { posterAlt } from './alt.ts';
import { posterJobs } from './jobs.ts';
import { posterSize } from './types.ts';
import { dataset, stats, ui } from '../build/dataset.ts';

export interface PublishedPoster {
  path: string;
  /** Everything the poster says, for the image's alt text. */
  alt: string;
  width: number;
  height: number;
}

/** Site path → poster, for every poster the build renders (src/posters/jobs.ts decides). */
export const publishedPosters: ReadonlyMap<string, PublishedPoster> = new Map(
  posterJobs(dataset, stats, ui.posters).map((job) => [
    job.path,
    { path: job.path, alt: posterAlt(job.model, ui.posters), ...posterSize(job.model) },
  ]),
);

/** Site paths of every poster the build renders. */
export const posterPaths: ReadonlySet<string> = new Set(publishedPosters.keys());
