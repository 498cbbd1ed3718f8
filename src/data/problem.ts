// Building blocks for validation findings, so every rule reports the same way.
import { showInvisible } from './invisibleChars.ts';
import { maskPersonalData } from './personalData.ts';
import type { Problem } from './types.ts';

/** A 1-based place in a file. */
export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

const MAX_MESSAGE = 600;

/**
 * A message safe to print anywhere: personal data masked, invisible characters shown as `<U+200B>` (no
 * terminal escapes, no reordered text), and no longer than a few lines, whatever a rule quoted.
 */
function safeMessage(message: string): string {
  const shown = showInvisible(maskPersonalData(message).replace(/[\t\n]/g, ' '));
  return shown.length > MAX_MESSAGE ? `${shown.slice(0, MAX_MESSAGE)}…` : shown;
}

/** An error at a place in a file. Personal data quoted from the cell is masked, so logs never repeat it. */
export function error(file: string, at: Position, code: string, message: string): Problem {
  return { file: showInvisible(file), line: at.line, column: at.column, severity: 'error', message: safeMessage(message), code };
}

/** A warning at a place in a file (does not fail validation). */
export function warning(file: string, at: Position, code: string, message: string): Problem {
  return {
    file: showInvisible(file),
    line: at.line,
    column: at.column,
    severity: 'warning',
    message: safeMessage(message),
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
