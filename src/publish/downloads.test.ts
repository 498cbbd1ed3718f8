import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDownloads, downloadAt } from './downloads.ts';
import { buildManifest, sha256 } from './manifest.ts';
import {
  MILESTONE_KEYS,
  makeBuilding,
  makeCommunity,
  makeDataset,
  makeRow,
  makeSnapshot,
} from '../../tests/factories.ts';
import { statsFor } from '../../tests/publish/siteStats.ts';

function fixture() {
  const b1 = makeBuilding({ id: 'xw-1', communityId: 'xiwan', address: '西湾路1号' });
  const b2 = makeBuilding({ id: 'xw-2', communityId: 'xiwan', address: '西湾路2号' });
  const b3 = makeBuilding({ id: 'zb-1', communityId: 'zengbu', address: '西增路3号, 东梯' });
  const jan = makeSnapshot('2025-01', [
    makeRow({ buildingId: 'xw-1', dates: { group_formed: '2024-11-02' }, note: '=1+1 不是公式' }),
    makeRow({ buildingId: 'xw-2', status: 'paused', note: '业主意见不一, "暂缓"' }),
  ]);
  const feb = makeSnapshot('2025-02', [
    makeRow({
      buildingId: 'xw-1',
      dates: { group_formed: '2024-11-02', consent: '2025-02-10' },
      note: '@提醒\n第二行',
    }),
    makeRow({ buildingId: 'xw-2', status: 'disputed', note: '-待协调' }),
    makeRow({ buildingId: 'zb-1', dates: { group_formed: '2025-02-01' }, note: '+新增' }),
  ]);
  return makeDataset({
    communities: [
      makeCommunity({ id: 'xiwan', name: '西湾' }),
      makeCommunity({ id: 'zengbu', name: '增埗' }),
    ],
    buildings: [b1, b2, b3],
    snapshots: [jan, feb],
  });
}

/** Parse a published CSV back, undoing the formula guard. */
function readCsv(body: string): Record<string, string>[] {
  const records: Record<string, string>[] = parse(body, {
    bom: true,
    columns: true,
    record_delimiter: '\r\n',
  });
  return records.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.replace(/^'(?=[=+\-@\t\r])/, '')])),
  );
}

describe('buildDownloads', () => {
  const dataset = fixture();
  const files = buildDownloads(dataset, statsFor(dataset));

  it('publishes every snapshot, latest, both series and the registry', () => {
    expect(files.map((f) => f.path)).toEqual([
      '/data/snapshots/2025-01.csv',
      '/data/snapshots/2025-01.json',
      '/data/snapshots/2025-02.csv',
      '/data/snapshots/2025-02.json',
      '/data/snapshots/latest.csv',
      '/data/snapshots/latest.json',
      '/data/timeseries/street.csv',
      '/data/timeseries/street.json',
      '/data/timeseries/communities.csv',
      '/data/timeseries/communities.json',
      '/data/buildings.csv',
    ]);
  });

  it('round-trips every input row through the published CSV', () => {
    for (const snapshot of dataset.snapshots) {
      const published = readCsv(downloadAt(files, `/data/snapshots/${snapshot.month}.csv`).body);
      expect(published).toHaveLength(snapshot.rows.length);
      snapshot.rows.forEach((row, i) => {
        expect(published[i]).toEqual({
          building_id: row.buildingId,
          status: row.status,
          ...Object.fromEntries(MILESTONE_KEYS.map((k) => [k, row.dates[k] ?? ''])),
          note: row.note,
        });
      });
    }
  });

  it('guards formula-like notes in the CSV but not in the JSON', () => {
    const csv = downloadAt(files, '/data/snapshots/2025-01.csv').body;
    expect(csv).toContain(",'=1+1 不是公式\r\n");
    const json: { rows: { note: string; consent: string | null }[] } = JSON.parse(
      downloadAt(files, '/data/snapshots/2025-01.json').body,
    );
    expect(json.rows[0]?.note).toBe('=1+1 不是公式');
    expect(json.rows[0]?.consent).toBeNull();
  });

  it('latest equals the last month and says which month it is', () => {
    expect(downloadAt(files, '/data/snapshots/latest.csv').body).toBe(
      downloadAt(files, '/data/snapshots/2025-02.csv').body,
    );
    expect(JSON.parse(downloadAt(files, '/data/snapshots/latest.json').body).month).toBe('2025-02');
  });

  it('writes month × milestone counts for the street and each community', () => {
    const street = readCsv(downloadAt(files, '/data/timeseries/street.csv').body);
    expect(street.map((r) => [r['month'], r['group_formed'], r['consent']])).toEqual([
      ['2025-01', '1', '0'],
      ['2025-02', '2', '1'],
    ]);
    const communities = readCsv(downloadAt(files, '/data/timeseries/communities.csv').body);
    expect(communities.map((r) => [r['month'], r['community_name'], r['group_formed']])).toEqual([
      ['2025-01', '西湾', '1'],
      ['2025-01', '增埗', '0'],
      ['2025-02', '西湾', '1'],
      ['2025-02', '增埗', '1'],
    ]);
  });

  it('lists the registry with community names', () => {
    const registry = readCsv(downloadAt(files, '/data/buildings.csv').body);
    expect(registry[2]).toMatchObject({
      building_id: 'zb-1',
      community_name: '增埗',
      address: '西增路3号, 东梯',
    });
  });

  it('is deterministic, and the manifest hashes the served bytes', () => {
    const again = buildDownloads(dataset, statsFor(dataset));
    expect(again).toEqual(files);
    const manifest = buildManifest(files, {
      title: 't',
      site: 'https://example.org/',
      latestMonth: '2025-02',
    });
    const entry = manifest.files.find((f) => f.path === '/data/snapshots/2025-02.csv');
    const body = downloadAt(files, '/data/snapshots/2025-02.csv').body;
    expect(entry).toMatchObject({ rows: 3, month: '2025-02', kind: 'snapshot', sha256: sha256(body) });
    expect(entry?.bytes).toBe(new TextEncoder().encode(body).length);
    expect(manifest.files.find((f) => f.path === '/data/snapshots/latest.csv')).not.toHaveProperty('month');
  });
});
