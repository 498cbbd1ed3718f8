// Every published data file, built once from validated data: the endpoints serve these bodies
// and the manifest hashes the very same strings, so the two can never disagree.
import {
  buildingsCsvUrl,
  communitySeriesUrl,
  snapshotCsvUrl,
  snapshotJsonUrl,
  streetSeriesUrl,
} from '../urls.ts';
import type { Dataset, Month } from '../data/types.ts';
import type { SiteStats } from '../stats/types.ts';
import { buildingsTable } from './buildingsTable.ts';
import { toJson } from './json.ts';
import { snapshotTable } from './snapshotTable.ts';
import type { Table } from './table.ts';
import { communitySeriesTable, streetSeriesTable } from './timeseries.ts';
import { writeCsv, type CsvOptions } from './writeCsv.ts';

export type DownloadKind = 'snapshot' | 'latest' | 'timeseries' | 'registry';

export interface DownloadFile {
  /** URL path on the site, e.g. `/data/snapshots/2025-09.csv`. */
  path: string;
  mediaType: string;
  body: string;
  /** Data rows, header excluded. */
  rows: number;
  kind: DownloadKind;
  /** Snapshot month, for `snapshot` files (these must never change once published). */
  month?: Month;
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';
/** Downloads open in a spreadsheet: BOM and CRLF for Excel, no cell run as a formula. */
const SPREADSHEET_CSV: CsvOptions = { bom: true, lineEnd: 'crlf', neutraliseFormulas: true };

function both(
  table: Table,
  paths: { csv: string; json: string },
  kind: DownloadKind,
  jsonMeta: Record<string, string>,
  month?: Month,
): DownloadFile[] {
  const common = { rows: table.rows.length, kind, ...(month === undefined ? {} : { month }) };
  return [
    {
      path: paths.csv,
      mediaType: CSV_TYPE,
      body: writeCsv(table.header, table.rows, SPREADSHEET_CSV),
      ...common,
    },
    { path: paths.json, mediaType: JSON_TYPE, body: toJson(table, jsonMeta), ...common },
  ];
}

const snapshotPaths = (month: Month | 'latest') => ({
  csv: snapshotCsvUrl(month),
  json: snapshotJsonUrl(month),
});

/** All download files, in a stable order (snapshots ascending, then latest, series, registry). */
export function buildDownloads(dataset: Dataset, stats: SiteStats): DownloadFile[] {
  const { report } = dataset;
  const files: DownloadFile[] = [];
  for (const snapshot of dataset.snapshots) {
    const table = snapshotTable(snapshot, report);
    const { month } = snapshot;
    files.push(...both(table, snapshotPaths(month), 'snapshot', { month }, month));
  }
  const latest = dataset.snapshots.at(-1);
  if (latest) {
    // `latest` names its month inside the JSON but is no permanent record, so no `month` field.
    const table = snapshotTable(latest, report);
    files.push(...both(table, snapshotPaths('latest'), 'latest', { month: latest.month }));
  }
  const series = { csv: streetSeriesUrl('csv'), json: streetSeriesUrl('json') };
  const communitySeries = { csv: communitySeriesUrl('csv'), json: communitySeriesUrl('json') };
  files.push(
    ...both(streetSeriesTable(stats.street, report), series, 'timeseries', {}),
    ...both(
      communitySeriesTable(dataset.communities, stats.communities, report),
      communitySeries,
      'timeseries',
      {},
    ),
  );
  const registry = buildingsTable(dataset.buildings, dataset.communities);
  files.push({
    path: buildingsCsvUrl(),
    mediaType: CSV_TYPE,
    body: writeCsv(registry.header, registry.rows, SPREADSHEET_CSV),
    rows: registry.rows.length,
    kind: 'registry',
  });
  return files;
}

/** The file served at `path`; throws when a route asks for one that was not built. */
export function downloadAt(files: readonly DownloadFile[], path: string): DownloadFile {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no download is built for ${path}`);
  return file;
}
