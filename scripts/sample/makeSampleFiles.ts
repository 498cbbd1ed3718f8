// Builds every sample data file in memory from one fixed seed; scripts/make-sample.ts writes them.
import { writeCsv } from '../../src/publish/writeCsv.ts';
import {
  fitResidents,
  LONG_ADDRESS,
  makeRegistry,
  STORY_BUILDING,
  type SampleBuilding,
} from './buildings.ts';
import { BUILDING_COLUMNS } from '../../src/data/parseBuildings.ts';
import { checkSampleFigures, SEPTEMBER_FIGURES, type CsvRecord } from './checkSampleFigures.ts';
import { monthEnd, monthRange } from './dates.ts';
import { FIRST_MONTH, LAST_MONTH, makeHistory, MILESTONE_KEYS, statusAt, type History } from './history.ts';
import { mulberry32, randInt } from './prng.ts';

export const SAMPLE_SEED = 20250930;

// The registry is written in exactly the loader's column order.
const BUILDING_HEADER = BUILDING_COLUMNS.map((c) => c.key);
const SNAPSHOT_HEADER = ['building_id', 'status', ...MILESTONE_KEYS, 'note'];
const CORRECTION_HEADER = ['month', 'building_id', 'field', 'old_value', 'new_value', 'date', 'reason'];

function buildingRecord(b: SampleBuilding): CsvRecord {
  return {
    building_id: b.id,
    community_id: b.communityId,
    address: b.address,
    floors: String(b.floors),
    households: String(b.households),
    residents: String(b.residents),
    eligible: b.eligible ? 'yes' : 'no',
    lat: b.lat,
    lng: b.lng,
    ineligible_reason: b.ineligibleReason,
  };
}

/** The state of every eligible building at the end of `month`, as published that month. */
function snapshotRecords(history: History, month: string): CsvRecord[] {
  const end = monthEnd(month);
  const { correction, lateReport } = history;
  return history.plans.map((plan) => {
    const row: CsvRecord = { building_id: plan.id, status: '' };
    let reached = 0;
    MILESTONE_KEYS.forEach((key, i) => {
      let date = plan.dates[i];
      if (date === undefined || date > end) date = '';
      // Before the correction month the office had published the mistyped date.
      if (
        date !== '' &&
        plan.id === correction.buildingId &&
        key === correction.field &&
        month < correction.month
      ) {
        date = correction.oldValue;
      }
      if (plan.id === lateReport.buildingId && key === lateReport.field && month < lateReport.month)
        date = '';
      if (date !== '') reached += 1;
      row[key] = date;
    });
    const { status, note } = statusAt(plan, month, reached);
    row['status'] = status;
    row['note'] = note;
    return row;
  });
}

function csvOf(header: readonly string[], records: readonly CsvRecord[]): string {
  return writeCsv(
    header,
    records.map((r) => header.map((key) => r[key] ?? '')),
  );
}

/** File contents keyed by path relative to the data directory; throws if the figures are off. */
export function makeSampleFiles(): Map<string, string> {
  const rand = mulberry32(SAMPLE_SEED);
  const { buildings, rawResidents } = makeRegistry(rand);
  const eligible = buildings.filter((b) => b.eligible);
  const longAddress = buildings.find((b) => b.address === LONG_ADDRESS);
  if (!longAddress) throw new Error('the long address is missing');
  const history = makeHistory(rand, eligible, STORY_BUILDING.id, longAddress.id);

  // 百梯万人: buildings with a permit by September serve just over 10,000 residents; ~30,000 in all.
  const permitted = new Set(history.plans.filter((p) => p.dates[3] !== undefined).map((p) => p.id));
  const underPermit = 10_000 + randInt(rand, 40, 160);
  const total = 30_000 + randInt(rand, -90, 90);
  fitResidents(
    rand,
    buildings.filter((b) => permitted.has(b.id)),
    rawResidents,
    underPermit,
  );
  fitResidents(
    rand,
    buildings.filter((b) => !permitted.has(b.id)),
    rawResidents,
    total - underPermit,
  );

  const buildingRecords = buildings.map(buildingRecord);
  const snapshots = monthRange(FIRST_MONTH, LAST_MONTH).map((month) => ({
    month,
    rows: snapshotRecords(history, month),
  }));
  const corrections: CsvRecord[] = [history.correction, history.lateReport].map((c) => ({
    month: c.month,
    building_id: c.buildingId,
    field: c.field,
    old_value: c.oldValue,
    new_value: c.newValue,
    date: c.date,
    reason: c.reason,
  }));

  const errors = checkSampleFigures({ buildings: buildingRecords, snapshots, corrections });
  if (errors.length > 0)
    throw new Error(`sample data misses the ${SEPTEMBER_FIGURES.month} figures:\n${errors.join('\n')}`);

  const files = new Map<string, string>();
  files.set('buildings.csv', csvOf(BUILDING_HEADER, buildingRecords));
  for (const s of snapshots) files.set(`snapshots/${s.month}.csv`, csvOf(SNAPSHOT_HEADER, s.rows));
  files.set('corrections.csv', csvOf(CORRECTION_HEADER, corrections));
  return files;
}
