// communities.csv: community_id,name(,name_en).
import { column } from './columns.ts';
import { duplicateIdMessage, idKey, parseId } from './ids.ts';
import { error } from './problem.ts';
import { cellAt, cellValue, csvRecords } from './sourceRecords.ts';
import type { Community, Problem } from './types.ts';

export const COMMUNITY_COLUMNS = [column('community_id', true), column('name', true), column('name_en', false)];

export interface CommunitiesResult {
  communities: Community[];
  problems: Problem[];
}

/** Parses communities.csv text. */
export function parseCommunities(text: string, file: string): CommunitiesResult {
  const { records, problems } = csvRecords(text, file, COMMUNITY_COLUMNS);
  const communities: Community[] = [];
  const first = new Map<string, { id: string; line: number }>();
  for (const record of records) {
    const rawId = cellValue(record, 'community_id');
    const name = cellValue(record, 'name');
    const nameEn = cellValue(record, 'name_en');
    if (rawId === undefined || name === undefined) continue;
    const id = parseId(rawId, 'community_id');
    if (!id.ok) {
      problems.push(error(file, cellAt(record, 'community_id'), 'community.invalid_id', id.message));
      continue;
    }
    const seen = first.get(idKey(id.value));
    if (seen !== undefined) {
      problems.push(error(file, cellAt(record, 'community_id'), 'community.duplicate_id', duplicateIdMessage('community_id', id.value, seen, '每个社区只写一行')));
      continue;
    }
    first.set(idKey(id.value), { id: id.value, line: record.at.line });
    if (name === '') problems.push(error(file, cellAt(record, 'name'), 'community.empty_name', 'name 为空：请填写社区名称'));
    communities.push({ id: id.value, name, ...(nameEn ? { nameEn } : {}) });
  }
  return { communities, problems };
}
