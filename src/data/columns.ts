// One alias table for every column name the office may use, English key or Chinese header.

/** A column a file may have: its key, other accepted names, and whether it is required. */
export interface ColumnSpec {
  key: string;
  aliases: readonly string[];
  required: boolean;
}

/** Chinese headers accepted for the fixed columns (milestone labels come from report.json). */
export const COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  community_id: ['社区编号', '社区代码'],
  name: ['名称', '社区名称'],
  name_en: ['英文名称', '英文名'],
  service_name: ['服务点', '服务点名称'],
  service_address: ['服务点地址'],
  service_hours: ['开放时间', '服务时间'],
  service_phone: ['服务点电话', '联系电话'],
  // The neutral name first: messages written before report.json names the programme's noun show it.
  // 楼栋编号 and 楼栋代码 stay accepted: Xicun's spreadsheets use them.
  building_id: ['编号', '楼栋编号', '楼栋代码'],
  address: ['地址'],
  floors: ['层数', '楼层数'],
  households: ['户数'],
  residents: ['居民数', '人数'],
  eligible: ['是否符合条件', '符合条件'],
  ineligible_reason: ['不符合原因', '不符合条件原因'],
  lat: ['纬度'],
  lng: ['经度'],
  status: ['状态'],
  note: ['备注'],
  month: ['月份'],
  field: ['字段'],
  old_value: ['原值', '旧值'],
  new_value: ['新值'],
  date: ['日期', '更正日期', '拍摄日期'],
  milestone: ['里程碑', '节点'],
  file: ['文件', '文件名'],
  alt: ['图片说明', '替代文字'],
  credit: ['图片来源', '来源'],
  reason: ['原因', '更正原因'],
};

/** A spec for a fixed column, with its aliases from the table. */
export function column(key: string, required: boolean): ColumnSpec {
  return { key, aliases: COLUMN_ALIASES[key] ?? [], required };
}

/** The id column's header in the programme's words: 楼栋编号, 小区编号. */
export const idHeader = (noun: string): string => `${noun}编号`;

/**
 * `specs` with the id column also accepting the programme's own header (`idHeader(noun)`), which messages
 * then show; without a noun (report.json not read) the neutral 编号.
 */
export function withIdHeader(specs: readonly ColumnSpec[], noun: string | undefined): ColumnSpec[] {
  if (noun === undefined) return [...specs];
  const own = idHeader(noun);
  return specs.map((spec) =>
    spec.key === 'building_id' ? { ...spec, aliases: [own, ...spec.aliases.filter((a) => a !== own)] } : spec,
  );
}

/** The Chinese header of a fixed column (层数 for floors), as the office's tables and the open data name it. */
export function columnLabel(key: string): string {
  return COLUMN_ALIASES[key]?.[0] ?? key;
}

/** Header text compared loosely: case, surrounding spaces, and `Building ID` vs `building_id`. */
export function normalizeHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Finds the spec a header names, by key or alias. */
export function columnResolver(specs: readonly ColumnSpec[]): (name: string) => ColumnSpec | undefined {
  const byName = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    byName.set(normalizeHeader(spec.key), spec);
    for (const alias of spec.aliases) byName.set(normalizeHeader(alias), spec);
  }
  return (name) => byName.get(normalizeHeader(name));
}

/** `key（别名）` for messages. */
export function describeColumn(spec: ColumnSpec): string {
  return spec.aliases.length > 0 ? `${spec.key}（${spec.aliases[0]}）` : spec.key;
}
