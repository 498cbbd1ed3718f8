// report.json text → ReportConfig, with each problem at the offending value.
import { parseJson, jsonStrings } from './parseJson.ts';
import { findPersonalData } from './personalData.ts';
import { error } from './problem.ts';
import { reportIssueMessage, reportSchema } from './reportSchema.ts';
import type { Problem, ReportConfig } from './types.ts';

export interface ReportResult {
  report?: ReportConfig;
  problems: Problem[];
}

// The office's own public phone number is meant to be published.
const PUBLIC_CONTACT = 'contact.phone';

/** Parses and validates report.json text; `file` is the path used in problems. */
export function parseReport(text: string, file: string): ReportResult {
  const { doc, problems } = parseJson(text, file);
  if (!doc) return { problems };
  for (const s of jsonStrings(doc.root)) {
    if (s.path.join('.') === PUBLIC_CONTACT) continue;
    for (const f of findPersonalData(s.value)) {
      problems.push(error(file, doc.positionOf(s.offset + f.index), `personal_data.${f.rule}`, f.message));
    }
  }
  const parsed = reportSchema.safeParse(doc.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      // Unknown keys point at the first unknown key itself.
      const target = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path;
      const at = doc.locate(target);
      problems.push(error(file, at, `report.${issue.code}`, reportIssueMessage(issue, path.join('.'))));
    }
    return { problems };
  }
  return { report: parsed.data, problems };
}
