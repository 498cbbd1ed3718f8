// communities.csv: community_id,name(,name_en), and optionally the community's service point
// (service_name,service_address,service_hours,service_phone) where residents can ask in person.
import { column } from './columns.ts';
import { duplicateIdMessage, idKey, parseId } from './ids.ts';
import { error } from './problem.ts';
import { cellAt, cellValue, csvRecords, type SourceRecord } from './sourceRecords.ts';
import type { Community, Problem, ServicePoint } from './types.ts';

export const COMMUNITY_COLUMNS = [
  column('community_id', true),
  column('name', true),
  column('name_en', false),
  column('service_name', false),
  column('service_address', false),
  column('service_hours', false),
  column('service_phone', false),
];

// An office number: digits with the usual separators, e.g. 020-8123 4567 or (020) 81234567 转 8.
const PHONE = /^[+(（]?[0-9０-９][0-9０-９ ()（）+\-转]{4,}$/;

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
    const servicePoint = readServicePoint(record, file, problems);
    communities.push({ id: id.value, name, ...(nameEn ? { nameEn } : {}), ...(servicePoint ? { servicePoint } : {}) });
  }
  return { communities, problems };
}

/** The row's service point, or undefined when its service columns are all empty. */
function readServicePoint(record: SourceRecord, file: string, problems: Problem[]): ServicePoint | undefined {
  const name = cellValue(record, 'service_name') ?? '';
  const address = cellValue(record, 'service_address') ?? '';
  const hours = cellValue(record, 'service_hours') ?? '';
  const phone = cellValue(record, 'service_phone') ?? '';
  if (name === '' && address === '' && hours === '' && phone === '') return undefined;
  let valid = true;
  if (name === '') {
    problems.push(error(file, cellAt(record, 'service_name'), 'community.service_name', 'service_name 为空：填写了服务点信息，就要写服务点名称（如 西湾社区党群服务站）'));
    valid = false;
  }
  if (address === '') {
    problems.push(error(file, cellAt(record, 'service_address'), 'community.service_address', 'service_address 为空：请填写服务点地址，居民才能找到它'));
    valid = false;
  }
  if (phone !== '' && !PHONE.test(phone)) {
    problems.push(error(file, cellAt(record, 'service_phone'), 'community.service_phone', `service_phone“${phone}”不像电话号码：只写办公电话号码，例如 020-8123 4567`));
    valid = false;
  }
  if (!valid) return undefined;
  return { name, address, ...(hours ? { hours } : {}), ...(phone ? { phone } : {}) };
}
