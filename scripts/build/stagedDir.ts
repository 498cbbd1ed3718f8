// A build writes into a staging folder beside its output folder and only a complete result replaces it,
// so a failed or killed build leaves the previous site exactly as it was.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface StagedDir {
  /** The folder the site is published from, e.g. `dist`. */
  final: string;
  /** Where the build writes; never inside `final`. */
  staging: string;
  /** The previous `final` while the two are swapped. */
  previous: string;
}

/** The staging and swap folders of `final`: hidden siblings on the same disk, so renames are atomic. */
export function stagedDir(final: string): StagedDir {
  const dir = path.dirname(path.resolve(final));
  const name = path.basename(final);
  return {
    final: path.resolve(final),
    staging: path.join(dir, `.${name}.staging`),
    previous: path.join(dir, `.${name}.previous`),
  };
}

/**
 * Make ready for a build: put back a previous site a killed swap left aside, and remove what an
 * earlier failed or killed build left in staging.
 */
export function prepareStaging(dirs: StagedDir): void {
  if (existsSync(dirs.previous)) {
    if (existsSync(dirs.final)) rmSync(dirs.previous, { recursive: true, force: true });
    else renameSync(dirs.previous, dirs.final);
  }
  rmSync(dirs.staging, { recursive: true, force: true });
}

/** What a finished staging folder must hold before it may replace the site; empty when complete. */
export function missingParts(staging: string, required: readonly string[]): string[] {
  return required.filter((part) => !existsSync(path.join(staging, part)));
}

/** Replace `final` with the finished `staging` folder (two renames), then drop the old site. */
export function replaceWithStaging(dirs: StagedDir): void {
  if (existsSync(dirs.final)) renameSync(dirs.final, dirs.previous);
  renameSync(dirs.staging, dirs.final);
  rmSync(dirs.previous, { recursive: true, force: true });
}
