// Writes a tiny data directory (report.json, communities.csv, buildings.csv, snapshots/) from factories.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dataset } from '../../src/data/types.ts';
import { writeCsv } from '../../src/publish/writeCsv.ts';

/** A fresh temp directory holding `dataset` in the office's file format. */
export function writeDataDir(dataset: Dataset): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongshi-data-'));
  mkdirSync(path.join(dir, 'snapshots'));
  writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(dataset.report, null, 2)}\n`);
  writeFileSync(
    path.join(dir, 'communities.csv'),
    writeCsv(
      ['community_id', 'name'],
      dataset.communities.map((c) => [c.id, c.name]),
    ),
  );
  writeFileSync(
    path.join(dir, 'buildings.csv'),
    writeCsv(
      ['building_id', 'community_id', 'address', 'floors', 'households', 'residents', 'eligible'],
      dataset.buildings.map((b) => [
        b.id,
        b.communityId,
        b.address,
        String(b.floors),
        String(b.households),
        String(b.residents),
        b.eligible ? 'yes' : 'no',
      ]),
    ),
  );
  const keys = dataset.report.milestones.map((m) => m.key);
  for (const s of dataset.snapshots) {
    writeFileSync(
      path.join(dir, 'snapshots', `${s.month}.csv`),
      writeCsv(
        ['building_id', 'status', ...keys, 'note'],
        s.rows.map((r) => [r.buildingId, r.status, ...keys.map((k) => r.dates[k] ?? ''), r.note]),
      ),
    );
  }
  if (dataset.corrections.length > 0) {
    writeFileSync(
      path.join(dir, 'corrections.csv'),
      writeCsv(
        ['month', 'building_id', 'field', 'old_value', 'new_value', 'date', 'reason'],
        dataset.corrections.map((c) => [
          c.month,
          c.buildingId,
          c.field,
          c.oldValue,
          c.newValue,
          c.date,
          c.reason,
        ]),
      ),
    );
  }
  return dir;
}
