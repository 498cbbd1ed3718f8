// The one reader of report.json: the build config, the loader, the scripts and the publish workflow
// (`npm run site-url`) all read it through the data directory's door and decode it the same way, in
// every encoding the loader accepts.
import { openDataDir, type DataFiles } from './dataFiles.ts';
import { parseReport, type ReportResult } from './parseReport.ts';
import { error, START } from './problem.ts';

export interface ReadReport extends ReportResult {
  file: string;
  /** report.json does not exist (as opposed to existing and being invalid or refused). */
  missing: boolean;
}

/** report.json read through an opened data directory; problems name the file and the fix. */
export function readReportFrom(files: DataFiles): ReadReport {
  const file = files.path('report.json');
  const read = files.read('report.json', 'config');
  if (read.kind === 'missing') {
    return {
      file,
      missing: true,
      problems: [error(file, START, 'file.missing', '找不到文件：需要 report.json（标题、里程碑、目标）（见 data/README.md）')],
    };
  }
  if (read.kind === 'refused') {
    // A link is already one of the door's own problems; name it here too for callers that read only this.
    const problems = read.problem ? [read.problem] : files.problems.filter((p) => p.file === file);
    return { file, missing: false, problems };
  }
  return { file, missing: false, ...parseReport(read.text, file) };
}

/** report.json of the data directory `dir`, validated. */
export function readReport(dir: string): ReadReport {
  return readReportFrom(openDataDir(dir));
}
