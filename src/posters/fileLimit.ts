// Files the build opens at once: hosts often allow a process 1024 descriptors, Node itself needs some.
import pLimit from 'p-limit';

/** Most files open at once through `withFile`, across the whole build process. */
export const OPEN_FILES = 64;

/** Run `task` (which opens files) when fewer than `OPEN_FILES` such tasks are running. */
export const withFile = pLimit(OPEN_FILES);

/** `task` over every item, at most `OPEN_FILES` at a time, results in input order. */
export function mapFiles<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map((item) => withFile(() => task(item))));
}
