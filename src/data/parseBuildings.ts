// buildings.csv: the registry of every old building, eligible or not.
import { column, withIdHeader } from './columns.ts';
import { duplicateIdMessage, idKey, parseId } from './ids.ts';
import { parseBoolean } from './parseBoolean.ts';
import { parseNumber, type NumberOptions } from './parseNumber.ts';
import { error } from './problem.ts';
import { cellAt, cellValue, csvRecords, type SourceRecord } from './sourceRecords.ts';
import type { Building, Problem } from './types.ts';

export const BUILDING_COLUMNS = [
  column('building_id', true),
  column('community_id', true),
  column('address', true),
  // Optional columns: a programme tracking estates may have no floor count; when a column is there,
  // every row fills it.
  column('floors', false),
  column('households', false),
  column('residents', false),
  column('eligible', true),
  column('lat', false),
  column('lng', false),
  column('ineligible_reason', false),
];

export interface BuildingsResult {
  buildings: Building[];
  /** Building id → line in the file, for messages elsewhere. */
  lines: Map<string, number>;
  problems: Problem[];
}

const NUMBERS: ReadonlyArray<[key: 'floors' | 'households' | 'residents' | 'lat' | 'lng', NumberOptions]> = [
  ['floors', { integer: true, min: 1, max: 100 }],
  ['households', { integer: true, min: 0 }],
  ['residents', { integer: true, min: 0 }],
  ['lat', { integer: false, min: -90, max: 90 }],
  ['lng', { integer: false, min: -180, max: 180 }],
];

/**
 * Parses buildings.csv text; `communityIds` are the known communities (undefined: skip that check), `noun` the
 * programme's (its id header, 小区编号, is accepted too; undefined when report.json could not be read).
 */
export function parseBuildings(
  text: string,
  file: string,
  communityIds?: ReadonlySet<string>,
  noun?: string,
): BuildingsResult {
  const { records, problems } = csvRecords(text, file, withIdHeader(BUILDING_COLUMNS, noun));
  const buildings: Building[] = [];
  const lines = new Map<string, number>();
  const byKey = new Map<string, { id: string; line: number }>();
  const report = (record: SourceRecord, key: string, code: string, message: string): void => {
    problems.push(error(file, cellAt(record, key), code, message));
  };
  for (const record of records) {
    let valid = true;
    const rawId = cellValue(record, 'building_id');
    const id = rawId === undefined ? undefined : parseId(rawId, 'building_id');
    if (id && !id.ok) {
      report(record, 'building_id', 'building.invalid_id', id.message);
      valid = false;
    } else if (id) {
      const seen = byKey.get(idKey(id.value));
      if (seen !== undefined) {
        report(record, 'building_id', 'building.duplicate_id', duplicateIdMessage('building_id', id.value, seen, '每个编号只写一行'));
        continue;
      }
      byKey.set(idKey(id.value), { id: id.value, line: record.at.line });
      lines.set(id.value, record.at.line);
    }
    const communityId = cellValue(record, 'community_id');
    if (communityId === '') {
      report(record, 'community_id', 'building.empty_community', 'community_id 为空：请填写 communities.csv 中的社区编号');
      valid = false;
    } else if (communityId !== undefined && communityIds && !communityIds.has(communityId)) {
      report(record, 'community_id', 'building.unknown_community', `未知的 community_id“${communityId}”：请使用 communities.csv 中已有的社区编号，或先在那里添加`);
      valid = false;
    }
    const address = cellValue(record, 'address');
    if (address === '') {
      report(record, 'address', 'building.empty_address', 'address 为空：请填写地址（只写到门牌，不写房号，如 西湾东1号）');
      valid = false;
    }
    const numbers: Partial<Record<string, number>> = {};
    for (const [key, options] of NUMBERS) {
      const raw = cellValue(record, key);
      if (raw === undefined) continue;
      if (raw === '') {
        if (key === 'lat' || key === 'lng') continue;
        report(record, key, 'building.empty_number', `${key} 为空：请填写数字`);
        valid = false;
        continue;
      }
      const parsed = parseNumber(raw, key, options);
      if (parsed.ok) numbers[key] = parsed.value;
      else {
        report(record, key, 'building.invalid_number', parsed.message);
        valid = false;
      }
    }
    const rawEligible = cellValue(record, 'eligible');
    const eligible = rawEligible === undefined ? undefined : parseBoolean(rawEligible, 'eligible');
    if (eligible && !eligible.ok) {
      report(record, 'eligible', 'building.invalid_eligible', eligible.message);
      valid = false;
    }
    if (!valid || !id?.ok || communityId === undefined || address === undefined || !eligible?.ok) continue;
    const { floors, households, residents, lat, lng } = numbers;
    const reason = cellValue(record, 'ineligible_reason');
    buildings.push({
      id: id.value,
      communityId,
      address,
      ...(floors !== undefined ? { floors } : {}),
      ...(households !== undefined ? { households } : {}),
      ...(residents !== undefined ? { residents } : {}),
      eligible: eligible.value,
      ...(reason ? { ineligibleReason: reason } : {}),
      ...(lat !== undefined ? { lat } : {}),
      ...(lng !== undefined ? { lng } : {}),
    });
  }
  return { buildings, lines, problems };
}
