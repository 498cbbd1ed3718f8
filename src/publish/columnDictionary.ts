// The column dictionary on the /data/ page, from report.json so another programme's columns appear too.
import { columnLabel, idHeader } from '../data/columns.ts';
import { entityWords } from '../data/programmeWords.ts';
import { STATUS_LABELS, STATUSES, type ReportConfig } from '../data/types.ts';

export interface ColumnDoc {
  name: string;
  label: string;
  description: string;
}

export interface FileDoc {
  /** Which files use these columns, e.g. `snapshots/*.csv`. */
  files: string;
  columns: ColumnDoc[];
}

const statuses = STATUSES.map((s) => `${s}（${STATUS_LABELS[s]}）`).join('、');

/** Registry columns a data set may leave out (estates have no floor count): absent ones are not described. */
export interface OptionalColumns {
  floors: boolean;
  households: boolean;
  residents: boolean;
}

/** Column documentation for the snapshot, time series and registry files. */
export function columnDictionary(
  report: ReportConfig,
  present: OptionalColumns = { floors: true, households: true, residents: true },
): FileDoc[] {
  const { noun, item, eligible } = entityWords(report.entity);
  // Optional registry columns, headed as the office's buildings.csv may head them.
  const optional = (key: keyof OptionalColumns, description: string): ColumnDoc[] =>
    present[key] ? [{ name: key, label: columnLabel(key), description }] : [];
  const milestoneCounts = (what: string): ColumnDoc[] =>
    report.milestones.map((m) => ({
      name: m.key,
      label: m.label,
      description: `${what}已达到“${m.label}”的${noun}数（累计）。`,
    }));
  return [
    {
      files: '/data/snapshots/<YYYY-MM>.csv、.json，latest',
      columns: [
        {
          name: 'building_id',
          label: idHeader(noun),
          description: `${noun}的固定编号，与 buildings.csv 对应。`,
        },
        { name: 'status', label: '状态', description: `${statuses} 之一。` },
        ...report.milestones.map((m) => ({
          name: m.key,
          label: m.label,
          description: `到达该步骤的日期（YYYY-MM-DD），未到达则为空。${m.description}`,
        })),
        { name: 'note', label: '备注', description: '简短的公开说明，可为空。' },
      ],
    },
    {
      files: '/data/timeseries/street.csv、.json',
      columns: [
        { name: 'month', label: '月份', description: '快照月份（YYYY-MM），数据截至当月月底。' },
        { name: 'buildings', label: `${noun}数`, description: `登记表中的${noun}数。` },
        { name: 'eligible', label: '符合条件', description: `${eligible}的${noun}数。` },
        ...milestoneCounts('全街'),
      ],
    },
    {
      files: '/data/timeseries/communities.csv、.json',
      columns: [
        { name: 'month', label: '月份', description: '快照月份（YYYY-MM）。' },
        { name: 'community_id', label: '社区编号', description: '社区的固定编号。' },
        { name: 'community_name', label: '社区', description: '社区名称。' },
        { name: 'buildings', label: `${noun}数`, description: `该社区登记的${noun}数。` },
        { name: 'eligible', label: '符合条件', description: `该社区${eligible}的${noun}数。` },
        ...milestoneCounts('该社区'),
      ],
    },
    {
      files: '/data/buildings.csv',
      columns: [
        { name: 'building_id', label: idHeader(noun), description: `${noun}的固定编号。` },
        { name: 'community_id', label: '社区编号', description: '所属社区的编号。' },
        { name: 'community_name', label: '社区', description: '所属社区名称。' },
        { name: 'address', label: '地址', description: '门牌地址，不含房号。' },
        ...optional('floors', '地上层数。'),
        ...optional('households', `${item}内住户数。`),
        ...optional('residents', `${noun}内居民人数（约数）。`),
        { name: 'eligible', label: '符合条件', description: `true：${eligible}；false：不符合。` },
        { name: 'lat', label: '纬度', description: 'WGS 84 纬度，可为空。' },
        { name: 'lng', label: '经度', description: 'WGS 84 经度，可为空。' },
      ],
    },
  ];
}
