// Checks that the sample data reproduces the published September figures and keeps a clean
// history. Pure: works on parsed CSV rows, so the generator and the tests share it.
import { isIsoDate, monthEnd, monthRange } from './dates.ts';
import { MILESTONE_KEYS } from './history.ts';

/** One parsed CSV row, keyed by header. */
export type CsvRecord = Record<string, string>;

export interface SampleTables {
  buildings: readonly CsvRecord[];
  /** Ascending by month `YYYY-MM`. */
  snapshots: readonly { month: string; rows: readonly CsvRecord[] }[];
  corrections: readonly CsvRecord[];
}

/** The figures of the September 2025 report (DOMAIN.md) that the sample must reproduce. */
export const SEPTEMBER_FIGURES = {
  month: '2025-09',
  buildings: 318,
  eligible: 152,
  groupFormed: 137,
  permit: 101,
  inService: 56,
  underConstruction: 40,
  permitNotStarted: 5,
  subsidy: 25,
  /** ~30,000 residents live in the old buildings. */
  residents: [29_700, 30_300],
  /** 百梯万人: residents of buildings with a permit, just over 10,000. */
  residentsUnderPermit: [10_001, 10_500],
  minSnapshots: 13,
} as const;

const STATUSES = new Set(['active', 'paused', 'disputed', 'withdrawn']);
// Personal data a public note or address must never carry.
const PERSONAL = [/\d{11}/, /\d+\s*(室|房|户)/];
const FLAT_NUMBER = /\d+-\d+号?$/;

function get(row: CsvRecord, key: string): string {
  return row[key] ?? '';
}

function count(rows: readonly CsvRecord[], test: (row: CsvRecord) => boolean): number {
  return rows.filter(test).length;
}

function checkBuildings(buildings: readonly CsvRecord[], errors: string[]): Set<string> {
  const F = SEPTEMBER_FIGURES;
  if (buildings.length !== F.buildings)
    errors.push(`buildings: ${buildings.length} rows, expected ${F.buildings}`);
  const ids = new Set<string>();
  const addresses = new Set<string>();
  let residents = 0;
  for (const b of buildings) {
    const id = get(b, 'building_id');
    if (ids.has(id)) errors.push(`buildings: duplicate ${id}`);
    ids.add(id);
    if (!id.startsWith(`${get(b, 'community_id')}-`) || !/-\d{3}$/.test(id))
      errors.push(`buildings: bad id ${id}`);
    const address = get(b, 'address');
    if (addresses.has(address)) errors.push(`buildings: duplicate address ${address}`);
    addresses.add(address);
    if (FLAT_NUMBER.test(address) || PERSONAL.some((re) => re.test(address)))
      errors.push(`buildings: ${id} address looks like a flat number: ${address}`);
    const floors = Number(get(b, 'floors'));
    const households = Number(get(b, 'households'));
    if (!(floors >= 5 && floors <= 9)) errors.push(`buildings: ${id} has ${floors} floors`);
    if (!(households >= 12 && households <= 60)) errors.push(`buildings: ${id} has ${households} households`);
    residents += Number(get(b, 'residents'));
    const eligible = get(b, 'eligible');
    const reason = get(b, 'ineligible_reason');
    if (eligible === 'yes' ? reason !== '' : eligible !== 'no' || reason === '') {
      errors.push(`buildings: ${id} eligible=${eligible} with reason "${reason}"`);
    }
  }
  const [minResidents, maxResidents] = F.residents;
  if (residents < minResidents || residents > maxResidents)
    errors.push(`buildings: ${residents} residents in all`);
  const story = buildings.find((b) => get(b, 'building_id') === 'xiwandong-001');
  if (!story || get(story, 'address') !== '西湾东1号' || get(story, 'eligible') !== 'yes') {
    errors.push('buildings: xiwandong-001 must be the eligible building at 西湾东1号');
  }
  const eligible = new Set(
    buildings.filter((b) => get(b, 'eligible') === 'yes').map((b) => get(b, 'building_id')),
  );
  if (eligible.size !== F.eligible)
    errors.push(`buildings: ${eligible.size} eligible, expected ${F.eligible}`);
  return eligible;
}

/** Rows must list exactly the eligible buildings with valid, ordered dates up to the month's end. */
function checkSnapshot(
  month: string,
  rows: readonly CsvRecord[],
  eligible: Set<string>,
  errors: string[],
): void {
  const end = monthEnd(month);
  const seen = new Set<string>();
  for (const row of rows) {
    const id = get(row, 'building_id');
    if (seen.has(id)) errors.push(`${month}: duplicate ${id}`);
    seen.add(id);
    if (!eligible.has(id)) errors.push(`${month}: ${id} is not an eligible building`);
    if (!STATUSES.has(get(row, 'status'))) errors.push(`${month}: ${id} has status "${get(row, 'status')}"`);
    let previous = '';
    let gap = false;
    for (const key of MILESTONE_KEYS) {
      const value = get(row, key);
      if (value === '') {
        gap = true;
        continue;
      }
      if (!isIsoDate(value)) errors.push(`${month}: ${id} ${key} is not an ISO date: ${value}`);
      if (value > end) errors.push(`${month}: ${id} ${key} ${value} is after the month's end`);
      if (gap) errors.push(`${month}: ${id} has ${key} but misses an earlier milestone`);
      if (value < previous)
        errors.push(`${month}: ${id} ${key} ${value} is before the previous milestone ${previous}`);
      previous = value;
    }
    if (PERSONAL.some((re) => re.test(get(row, 'note')))) errors.push(`${month}: ${id} note looks personal`);
  }
  for (const id of eligible) if (!seen.has(id)) errors.push(`${month}: eligible building ${id} is missing`);
}

/** Published dates never change or vanish, except through a documented correction. */
function checkHistory(tables: SampleTables, errors: string[]): void {
  const corrections = tables.corrections.map((c) => ({ row: c, used: false }));
  for (let i = 1; i < tables.snapshots.length; i++) {
    const before = tables.snapshots[i - 1];
    const now = tables.snapshots[i];
    if (!before || !now) continue;
    const byId = new Map(now.rows.map((r) => [get(r, 'building_id'), r]));
    for (const old of before.rows) {
      const id = get(old, 'building_id');
      const row = byId.get(id);
      if (!row) {
        errors.push(`${now.month}: ${id} disappeared`);
        continue;
      }
      const withdrawn = get(old, 'status') === 'withdrawn';
      if (withdrawn && get(row, 'status') !== 'withdrawn')
        errors.push(`${now.month}: ${id} came back after withdrawing`);
      for (const key of MILESTONE_KEYS) {
        const was = get(old, key);
        const is = get(row, key);
        if (withdrawn && was === '' && is !== '')
          errors.push(`${now.month}: ${id} withdrawn but gained ${key}`);
        // A milestone first published with a date before last month began is a late report.
        const late = was === '' && is !== '' && is < `${before.month}-01`;
        if ((was === '' && !late) || was === is) continue;
        const fix = corrections.find(
          (c) =>
            get(c.row, 'month') === now.month &&
            get(c.row, 'building_id') === id &&
            get(c.row, 'field') === key &&
            get(c.row, 'old_value') === was &&
            get(c.row, 'new_value') === is,
        );
        if (fix) fix.used = true;
        else if (late)
          errors.push(
            `${now.month}: ${id} ${key} first published as ${is}, before ${before.month}, without a late-report row`,
          );
        else errors.push(`${now.month}: ${id} ${key} changed from ${was} to "${is}" without a correction`);
      }
    }
  }
  if (corrections.length !== 2)
    errors.push(`corrections: ${corrections.length} rows, expected a correction and a late report`);
  for (const c of corrections)
    if (!c.used) errors.push(`corrections: ${get(c.row, 'building_id')} does not match the snapshots`);
}

function checkLatest(tables: SampleTables, errors: string[]): void {
  const F = SEPTEMBER_FIGURES;
  const latest = tables.snapshots[tables.snapshots.length - 1];
  if (!latest || latest.month !== F.month) {
    errors.push(`snapshots: latest is ${latest?.month ?? 'missing'}, expected ${F.month}`);
    return;
  }
  const rows = latest.rows;
  const has = (row: CsvRecord, key: string) => get(row, key) !== '';
  const figures: [string, number, number][] = [
    ['eligible rows', rows.length, F.eligible],
    ['group_formed', count(rows, (r) => has(r, 'group_formed')), F.groupFormed],
    ['permit', count(rows, (r) => has(r, 'permit')), F.permit],
    ['in_service', count(rows, (r) => has(r, 'in_service')), F.inService],
    [
      'construction without in_service',
      count(rows, (r) => has(r, 'construction') && !has(r, 'in_service')),
      F.underConstruction,
    ],
    [
      'permit without construction',
      count(rows, (r) => has(r, 'permit') && !has(r, 'construction')),
      F.permitNotStarted,
    ],
    ['subsidy', count(rows, (r) => has(r, 'subsidy')), F.subsidy],
  ];
  for (const [name, actual, expected] of figures) {
    if (actual !== expected) errors.push(`${F.month}: ${actual} ${name}, expected ${expected}`);
  }
  for (const key of ['consent', 'notice']) {
    const n = count(rows, (r) => has(r, key));
    if (n > F.groupFormed || n < F.permit)
      errors.push(`${F.month}: ${n} ${key}, expected between ${F.permit} and ${F.groupFormed}`);
  }
  const statuses = rows.map((r) => get(r, 'status'));
  const withdrawn = statuses.filter((s) => s === 'withdrawn').length;
  if (withdrawn < 1 || withdrawn > 2) errors.push(`${F.month}: ${withdrawn} withdrawn, expected 1–2`);
  if (!statuses.includes('paused') || !statuses.includes('disputed'))
    errors.push(`${F.month}: expected paused and disputed buildings`);
  const permitted = new Set(rows.filter((r) => has(r, 'permit')).map((r) => get(r, 'building_id')));
  const residents = tables.buildings
    .filter((b) => permitted.has(get(b, 'building_id')))
    .reduce((sum, b) => sum + Number(get(b, 'residents')), 0);
  const [min, max] = F.residentsUnderPermit;
  if (residents < min || residents > max)
    errors.push(`${F.month}: ${residents} residents under permit, expected ${min}–${max}`);
}

/** All ways the sample misses the published figures or its history rules; empty when it is right. */
export function checkSampleFigures(tables: SampleTables): string[] {
  const errors: string[] = [];
  const eligible = checkBuildings(tables.buildings, errors);
  const months = tables.snapshots.map((s) => s.month);
  const first = months[0];
  if (months.length < SEPTEMBER_FIGURES.minSnapshots) errors.push(`snapshots: only ${months.length} months`);
  if (first && monthRange(first, months[months.length - 1] ?? first).join() !== months.join()) {
    errors.push(`snapshots: months are not consecutive: ${months.join(' ')}`);
  }
  for (const s of tables.snapshots) checkSnapshot(s.month, s.rows, eligible, errors);
  checkHistory(tables, errors);
  checkLatest(tables, errors);
  return errors;
}
