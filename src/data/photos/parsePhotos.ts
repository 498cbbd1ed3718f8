// photos.csv: one row per milestone photo of a building (building_id, milestone, file, alt, credit, date).
import { column, withIdHeader } from '../columns.ts';
import { parseDate } from '../parseDate.ts';
import { error, type Position } from '../problem.ts';
import { cellAt, cellValue, csvRecords } from '../sourceRecords.ts';
import type { IsoDate, Milestone, Problem } from '../types.ts';
import { altProblem, creditProblem } from './altText.ts';
import { PATH_HINT, photoPath } from './photoPath.ts';

export const PHOTO_COLUMNS = [
  column('building_id', true),
  column('milestone', true),
  column('file', true),
  column('alt', true),
  column('credit', true),
  column('date', true),
];

/** A row whose every cell is valid; the image itself is checked by the loader. */
export interface PhotoRow {
  buildingId: string;
  milestone: string;
  /** Relative to photos/, `/` separated. */
  file: string;
  alt: string;
  credit: string;
  date: IsoDate;
  /** Where to point at the file name and the date. */
  fileAt: Position;
  dateAt: Position;
  milestoneAt: Position;
}

export interface PhotoRows {
  rows: PhotoRow[];
  problems: Problem[];
}

/**
 * Parses photos.csv; `buildings` is the registry's ids, `milestones` the report's; the id column may be headed
 * in the programme's `noun` (小区编号).
 */
export function parsePhotos(
  text: string,
  file: string,
  buildings: ReadonlySet<string>,
  milestones: readonly Milestone[],
  noun?: string,
): PhotoRows {
  const { records, problems } = csvRecords(text, file, withIdHeader(PHOTO_COLUMNS, noun));
  const rows: PhotoRow[] = [];
  for (const record of records) {
    let valid = true;
    const fail = (key: string, code: string, message: string): void => {
      problems.push(error(file, cellAt(record, key), code, message));
      valid = false;
    };
    const buildingId = cellValue(record, 'building_id') ?? '';
    if (!buildings.has(buildingId)) {
      fail('building_id', 'photo.unknown_building', `未知的编号“${buildingId}”：应是 buildings.csv 中的 building_id`);
    }
    const rawMilestone = cellValue(record, 'milestone') ?? '';
    const milestone = milestones.find((m) => m.key === rawMilestone || m.label === rawMilestone)?.key;
    if (!milestone) {
      const options = milestones.map((m) => `${m.key}（${m.label}）`).join('、');
      fail('milestone', 'photo.unknown_milestone', `未知的里程碑“${rawMilestone}”：应是 ${options} 之一`);
    }
    const ref = cellValue(record, 'file') ?? '';
    const path = photoPath(ref);
    if (!path) fail('file', 'photo.bad_path', `文件名“${ref}”不可用：${PATH_HINT}`);
    const alt = cellValue(record, 'alt') ?? '';
    const badAlt = altProblem(alt);
    if (badAlt) fail('alt', 'photo.alt', badAlt);
    const credit = cellValue(record, 'credit') ?? '';
    const badCredit = creditProblem(credit);
    if (badCredit) fail('credit', 'photo.credit', badCredit);
    const date = parseDate(cellValue(record, 'date') ?? '', 'date');
    if (!date.ok) fail('date', 'photo.invalid_date', date.message);
    if (!valid || !milestone || !path || !date.ok) continue;
    rows.push({
      buildingId,
      milestone,
      file: path,
      alt,
      credit,
      date: date.value,
      fileAt: cellAt(record, 'file'),
      dateAt: cellAt(record, 'date'),
      milestoneAt: cellAt(record, 'milestone'),
    });
  }
  return { rows, problems };
}
