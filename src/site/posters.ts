// Which poster PNGs this build publishes, so pages link only to posters that exist.
import { posterJobs } from '../posters/jobs.ts';
import { dataset, stats } from './dataset.ts';

/** Site paths of every poster the build renders (src/posters/jobs.ts decides). */
export const posterPaths: ReadonlySet<string> = new Set(posterJobs(dataset, stats).map((j) => j.path));
