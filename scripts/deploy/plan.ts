// What a deploy must do, from the build, the remote's listing and the record of the previous deploy.
// Pure: scripts/deploy.ts runs rclone; this decides.
import { isHashed, isSnapshotDownload } from './headers.ts';

/** The deploy's own folder on the remote: its record and, on servers, files waiting to be renamed into place. */
export const STATE_DIR = '.gongshi-deploy';
export const STATE_FILE = `${STATE_DIR}/state.json`;
export const STAGING_DIR = `${STATE_DIR}/upload`;

export interface LocalFile {
  /** Relative to dist/, `/`-separated. */
  path: string;
  size: number;
  sha256: string;
  md5: string;
  sha1: string;
}

export interface RemoteFile {
  path: string;
  size: number;
  /** Hashes the remote reports (object storage: md5; SFTP, local: md5 and sha1; WebDAV: often none). */
  hashes: { md5?: string; sha1?: string };
}

/** Written to the remote after a deploy succeeded: what it published, and what it kept one round longer. */
export interface DeployState {
  schema: 1;
  files: Record<string, { size: number; sha256: string }>;
  kept: string[];
}

export interface Upload {
  path: string;
  reason: 'new' | 'changed';
}

export interface DeployPlan {
  /** Uploaded first: everything a page may point at. */
  assets: Upload[];
  /** Uploaded last: pages and the files that list others (feeds, sitemaps, search entry, indexes). */
  pages: Upload[];
  unchanged: number;
  /** Deleted after every upload succeeded: files an earlier deploy published that this build no longer has. */
  delete: string[];
  /** Past months' downloads this build no longer has: never deleted. */
  keptSnapshots: string[];
  /** Hashed assets of the previous deploy: kept one more deploy for pages readers still have cached. */
  keptAssets: string[];
  /** Files on the remote no deploy of ours published (left alone). */
  foreign: number;
  /** The record to write when everything succeeded. */
  state: DeployState;
}

const POINTERS = [
  /\.html$/,
  /\.xml$/,
  /^pagefind\/pagefind-entry\.json$/,
  /^data\/urls\.json$/,
  /^data\/manifest\.json$/,
];

/** Whether other published files are found through this one, so it must arrive after them. */
export function isPointer(path: string): boolean {
  return POINTERS.some((re) => re.test(path));
}

function unchanged(
  local: LocalFile,
  remote: RemoteFile | undefined,
  previous: DeployState | undefined,
): boolean {
  if (remote === undefined || remote.size !== local.size) return false;
  if (remote.hashes.md5) return remote.hashes.md5.toLowerCase() === local.md5;
  if (remote.hashes.sha1) return remote.hashes.sha1.toLowerCase() === local.sha1;
  // A remote without hashes (most WebDAV servers): trust the record of the previous deploy for this size.
  const recorded = previous?.files[local.path];
  return recorded !== undefined && recorded.size === local.size && recorded.sha256 === local.sha256;
}

export function planDeploy(
  local: readonly LocalFile[],
  remote: readonly RemoteFile[],
  previous: DeployState | undefined,
): DeployPlan {
  const remoteByPath = new Map(
    remote.filter((f) => !f.path.startsWith(`${STATE_DIR}/`)).map((f) => [f.path, f]),
  );
  const localPaths = new Set(local.map((f) => f.path));
  const assets: Upload[] = [];
  const pages: Upload[] = [];
  let same = 0;
  for (const file of [...local].sort((a, b) => a.path.localeCompare(b.path))) {
    if (unchanged(file, remoteByPath.get(file.path), previous)) {
      same++;
      continue;
    }
    const upload: Upload = { path: file.path, reason: remoteByPath.has(file.path) ? 'changed' : 'new' };
    (isPointer(file.path) ? pages : assets).push(upload);
  }

  const ours = new Set([...Object.keys(previous?.files ?? {}), ...(previous?.kept ?? [])]);
  const deletePages: string[] = [];
  const deleteOthers: string[] = [];
  const keptSnapshots: string[] = [];
  const keptAssets: string[] = [];
  let foreign = 0;
  for (const path of [...remoteByPath.keys()].sort()) {
    if (localPaths.has(path)) continue;
    if (isSnapshotDownload(path)) keptSnapshots.push(path);
    else if (!ours.has(path)) foreign++;
    else if (isHashed(path) && previous?.files[path] !== undefined) keptAssets.push(path);
    else (isPointer(path) ? deletePages : deleteOthers).push(path);
  }

  const files: DeployState['files'] = {};
  for (const file of local) files[file.path] = { size: file.size, sha256: file.sha256 };
  return {
    assets,
    pages,
    unchanged: same,
    // Pages first: no page left on the remote may point at an asset deleted before it.
    delete: [...deletePages, ...deleteOthers],
    keptSnapshots,
    keptAssets,
    foreign,
    state: { schema: 1, files, kept: keptAssets },
  };
}

/** The previous deploy's record, or undefined when it is missing or unreadable (then nothing is deleted). */
export function parseState(text: string | undefined): DeployState | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<DeployState>;
    if (value.schema !== 1 || typeof value.files !== 'object' || !Array.isArray(value.kept)) return undefined;
    return value as DeployState;
  } catch {
    return undefined;
  }
}
