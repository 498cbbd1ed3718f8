// report.json text → ReportConfig, with each problem at the offending value.
import { checkText } from './checkText.ts';
import { parseJson, jsonStrings, type JsonDocument } from './parseJson.ts';
import { findPersonalData } from './personalData.ts';
import { error } from './problem.ts';
import { reportIssueMessage, reportSchema } from './reportSchema.ts';
import { REPORT_DESCRIPTION_LIMIT, REPORT_TEXT_LIMIT } from './textLimits.ts';
import type { Problem, ReportConfig } from './types.ts';

export interface ReportResult {
  report?: ReportConfig;
  problems: Problem[];
  /** Where the value at a JSON path is in the file, for checks that need the rest of the data first. */
  locate?: JsonDocument['locate'];
}

// The office's own public phone number is meant to be published.
const PUBLIC_CONTACT = 'contact.phone';

/** Parses and validates report.json text; `file` is the path used in problems. */
export function parseReport(text: string, file: string): ReportResult {
  const { doc, problems } = parseJson(text, file);
  if (!doc) return { problems };
  let tooLong = false;
  for (const s of jsonStrings(doc.root)) {
    const name = s.path.join('.');
    const limit = s.path.at(-1) === 'description' ? REPORT_DESCRIPTION_LIMIT : REPORT_TEXT_LIMIT;
    // Point at the character when the file spells the value as is, else (escapes) at the value.
    const literal = text.startsWith(s.value, s.offset);
    for (const f of checkText(s.value, limit, name)) {
      problems.push(error(file, doc.positionOf(s.offset + (literal ? f.index : 0)), f.code, f.message));
      if (f.code === 'text.too_long') tooLong = true;
    }
    if (name === PUBLIC_CONTACT) continue;
    for (const f of findPersonalData(s.value)) {
      problems.push(error(file, doc.positionOf(s.offset + f.index), `personal_data.${f.rule}`, f.message));
    }
  }
  // Nothing reads a value over its limit any further.
  if (tooLong) return { problems };
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
  return { report: parsed.data, problems, locate: (path) => doc.locate(path) };
}
