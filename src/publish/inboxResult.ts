// What an inbox run did, file by file: written by inbox.ts, told in the pull request by inboxComment.ts.
import type { EntityWords } from '../data/programmeWords.ts';
import type { Month } from '../data/types.ts';
import type { Figures } from '../stats/types.ts';
import type { MonthSummary } from './changesSummary.ts';
import type { SourceMessage } from './sourceProblems.ts';

/** What became of one uploaded file. */
export interface InboxFile {
  name: string;
  month?: Month;
  ok: boolean;
  /** e.g. `Excel 工作簿，读取工作表“楼栋进展”`. */
  read?: string;
  written?: string;
  rows?: number;
  problems: SourceMessage[];
  summary?: MonthSummary;
  /** Street figures of the month and of the month before, when imported. */
  figures?: { current: Figures; previous?: Figures };
  milestones?: ReadonlyArray<{ key: string; label: string }>;
  /** The programme's words for what a row is (楼栋, 栋, 楼), once the data has loaded. */
  words?: Pick<EntityWords, 'noun' | 'counter' | 'item'>;
  annotated?: string;
}

export interface InboxResult {
  code: 0 | 1;
  files: InboxFile[];
  /** Next month's template, when one was written. */
  template?: string;
  comment: string;
}
