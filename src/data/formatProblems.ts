// Problems as text for people, GitHub annotations for CI, or JSON for tools.
import type { Problem } from './types.ts';

export type ProblemFormat = 'text' | 'github' | 'json';

// GitHub workflow commands need these escaped (see actions/toolkit command.ts).
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One problem as `path:line:column: error: message` or a `::error file=…` annotation. */
export function formatProblem(p: Problem, format: 'text' | 'github'): string {
  if (format === 'github') {
    return `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column}::${escapeData(p.message)}`;
  }
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}

/** All problems in one format: one per line, or a JSON array. */
export function formatProblems(problems: readonly Problem[], format: ProblemFormat): string {
  if (format === 'json') return JSON.stringify(problems, null, 2);
  return problems.map((p) => formatProblem(p, format)).join('\n');
}
