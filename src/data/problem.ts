// Building blocks for validation findings, so every rule reports the same way.
import { maskPersonalData } from './personalData.ts';
import type { Problem } from './types.ts';

/** A 1-based place in a file. */
export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

/** An error at a place in a file. Personal data quoted from the cell is masked, so logs never repeat it. */
export function error(file: string, at: Position, code: string, message: string): Problem {
  return { file, line: at.line, column: at.column, severity: 'error', message: maskPersonalData(message), code };
}

/** A warning at a place in a file (does not fail validation). */
export function warning(file: string, at: Position, code: string, message: string): Problem {
  return {
    file,
    line: at.line,
    column: at.column,
    severity: 'warning',
    message: maskPersonalData(message),
    code,
  };
}

/** Sorts by file, then line, then column, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
