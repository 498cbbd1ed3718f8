// manifest.json: every published data file with its size, row count and sha256.
import { createHash } from 'node:crypto';
import type { Month } from '../data/types.ts';
import type { DownloadFile, DownloadKind } from './downloads.ts';

export const MANIFEST_SCHEMA = 1;
export const DATA_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export interface ManifestEntry {
  path: string;
  mediaType: string;
  kind: DownloadKind;
  month?: Month;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  schema: number;
  title: string;
  site: string;
  licence: typeof DATA_LICENCE;
  /** Latest snapshot month; the manifest carries no clock time so rebuilds are byte-identical. */
  latestMonth: Month | null;
  files: ManifestEntry[];
}

/** Hex sha256 of a body exactly as served (UTF-8). */
export function sha256(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

export function byteLength(body: string): number {
  return Buffer.byteLength(body, 'utf8');
}

export function buildManifest(
  files: readonly DownloadFile[],
  info: { title: string; site: string; latestMonth: Month | null },
): Manifest {
  return {
    schema: MANIFEST_SCHEMA,
    ...info,
    licence: DATA_LICENCE,
    files: files.map((f) => ({
      path: f.path,
      mediaType: f.mediaType,
      kind: f.kind,
      ...(f.month === undefined ? {} : { month: f.month }),
      rows: f.rows,
      bytes: byteLength(f.body),
      sha256: sha256(f.body),
    })),
  };
}

export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
