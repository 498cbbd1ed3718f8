// Snapshot file names carry the month: YYYY-MM.csv or YYYY-MM.json, one file per month.
import { parseMonth } from './parseDate.ts';
import { error, START } from './problem.ts';
import type { Month, Problem } from './types.ts';

export interface SnapshotFile {
  /** File name inside snapshots/. */
  name: string;
  month: Month;
  format: 'csv' | 'json';
}

const NAME = /^(\d{4})-(0[1-9]|1[0-2])\.(csv|json)$/;

/** Picks snapshot files from a directory listing, ascending by month; `dir` is used in problems. */
export function snapshotFiles(names: readonly string[], dir: string): { files: SnapshotFile[]; problems: Problem[] } {
  const files: SnapshotFile[] = [];
  const problems: Problem[] = [];
  const byMonth = new Map<Month, string>();
  for (const name of [...names].sort()) {
    if (name.startsWith('.') || /^readme/i.test(name)) continue;
    const m = NAME.exec(name);
    if (!m) {
      const ext = /\.(csv|json)$/i.exec(name)?.[1]?.toLowerCase() ?? 'csv';
      const month = parseMonth(name.replace(/\.[^.]*$/, ''), 'file');
      const suggestion = month.ok ? `请改名为 ${month.value}.${ext}` : '请改名为 2025-09.csv 这样的 年-月 格式';
      problems.push(error(`${dir}/${name}`, START, 'snapshot.bad_file_name', `快照文件名“${name}”不符合 YYYY-MM.csv 或 YYYY-MM.json：${suggestion}`));
      continue;
    }
    const month = `${m[1]}-${m[2]}`;
    const other = byMonth.get(month);
    if (other) {
      problems.push(error(`${dir}/${name}`, START, 'snapshot.duplicate_month', `${month} 已有快照文件 ${other}：每个月只能有一个快照文件，请删除其中一个`));
      continue;
    }
    byMonth.set(month, name);
    files.push({ name, month, format: m[3] === 'json' ? 'json' : 'csv' });
  }
  return { files: files.sort((a, b) => (a.month < b.month ? -1 : 1)), problems };
}
