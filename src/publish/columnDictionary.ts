// The column dictionary on the /data/ page, from report.json so another programme's columns appear too.
import { columnLabel, idHeader } from '../data/columns.ts';
import { entityWords } from '../data/programmeWords.ts';
import { STATUS_LABELS, STATUSES, type Month, type ReportConfig } from '../data/types.ts';
import {
  buildingsCsvUrl,
  communitySeriesUrl,
  pathWithBase,
  snapshotCsvUrl,
  streetSeriesUrl,
} from '../urls.ts';
import type { UiStrings } from '../i18n/uiTable.ts';

/** The words of the column dictionary (the locale table's openData section). */
export type OpenDataText = UiStrings['openData'];

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

/** Registry columns a data set may leave out (estates have no floor count): absent ones are not described. */
export interface OptionalColumns {
  floors: boolean;
  households: boolean;
  residents: boolean;
}

/** Column documentation for the snapshot, time series and registry files. */
export function columnDictionary(
  report: ReportConfig,
  text: OpenDataText,
  present: OptionalColumns = { floors: true, households: true, residents: true },
  /** The path the site is published under (`/`, `/xicun/`): the files are named as readers fetch them. */
  base = '/',
): FileDoc[] {
  const at = (sitePath: string): string => pathWithBase(base, sitePath);
  const { noun, item, eligible } = entityWords(report.entity);
  // Optional registry columns, headed as the office's buildings.csv may head them.
  const optional = (key: keyof OptionalColumns, description: string): ColumnDoc[] =>
    present[key] ? [{ name: key, label: columnLabel(key), description }] : [];
  const milestoneCounts = (scope: string): ColumnDoc[] =>
    report.milestones.map((m) => ({
      name: m.key,
      label: m.label,
      description: text.milestoneCountDescription(scope, m.label, noun),
    }));
  const statuses = STATUSES.map((s) => text.statusChoice(s, STATUS_LABELS[s]));
  return [
    {
      files: text.withLatest(text.fileList([at(snapshotCsvUrl('<YYYY-MM>' as Month)), '.json'])),
      columns: [
        { name: 'building_id', label: idHeader(noun), description: text.idLinkedDescription(noun) },
        { name: 'status', label: text.statusLabel, description: text.statusDescription(statuses) },
        ...report.milestones.map((m) => ({
          name: m.key,
          label: m.label,
          description: text.milestoneDateDescription(m.description),
        })),
        { name: 'note', label: text.noteLabel, description: text.noteDescription },
      ],
    },
    {
      files: text.fileList([at(streetSeriesUrl('csv')), '.json']),
      columns: [
        { name: 'month', label: text.monthLabel, description: text.streetMonthDescription },
        { name: 'buildings', label: text.countLabel(noun), description: text.streetCountDescription(noun) },
        {
          name: 'eligible',
          label: text.eligibleLabel,
          description: text.streetEligibleDescription(eligible, noun),
        },
        ...milestoneCounts(text.streetScope),
      ],
    },
    {
      files: text.fileList([at(communitySeriesUrl('csv')), '.json']),
      columns: [
        { name: 'month', label: text.monthLabel, description: text.communityMonthDescription },
        { name: 'community_id', label: text.communityIdLabel, description: text.communityIdDescription },
        {
          name: 'community_name',
          label: text.communityNameLabel,
          description: text.communityNameDescription,
        },
        {
          name: 'buildings',
          label: text.countLabel(noun),
          description: text.communityCountDescription(noun),
        },
        {
          name: 'eligible',
          label: text.eligibleLabel,
          description: text.communityEligibleDescription(eligible, noun),
        },
        ...milestoneCounts(text.communityScope),
      ],
    },
    {
      files: at(buildingsCsvUrl()),
      columns: [
        { name: 'building_id', label: idHeader(noun), description: text.idDescription(noun) },
        { name: 'community_id', label: text.communityIdLabel, description: text.ownCommunityIdDescription },
        {
          name: 'community_name',
          label: text.communityNameLabel,
          description: text.ownCommunityNameDescription,
        },
        { name: 'address', label: text.addressLabel, description: text.addressDescription },
        ...optional('floors', text.floorsDescription),
        ...optional('households', text.householdsDescription(item)),
        ...optional('residents', text.residentsDescription(noun)),
        { name: 'eligible', label: text.eligibleLabel, description: text.eligibleFlagDescription(eligible) },
        { name: 'lat', label: text.latLabel, description: text.latDescription },
        { name: 'lng', label: text.lngLabel, description: text.lngDescription },
      ],
    },
  ];
}
