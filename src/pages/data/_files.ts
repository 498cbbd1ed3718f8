// The site's download files and manifest, built once per build from the loaded dataset.
import { buildDownloads, downloadAt, type DownloadFile } from '../../publish/downloads.ts';
import { buildManifest, manifestJson } from '../../publish/manifest.ts';
import { dataset, report, stats } from '../../build/dataset.ts';

export const files: DownloadFile[] = buildDownloads(dataset, stats);

export const manifest = buildManifest(files, {
  title: report.title,
  site: report.siteUrl,
  latestMonth: dataset.snapshots.at(-1)?.month ?? null,
});

/** The built file at `path` as a static response (bytes exactly as hashed in the manifest). */
export function serve(path: string): Response {
  const file = downloadAt(files, path);
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
}

export { manifestJson };
