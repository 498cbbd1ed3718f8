// Problems found in the canonical snapshot, told in the clerk's terms: the spreadsheet cell as Excel names
// it (or the CSV file's own line and column), the building's address and the column's Chinese name.
import { formatProblem } from '../data/formatProblems.ts';
import type { Milestone, Problem } from '../data/types.ts';
import { cellRef } from '../workbook/cellRef.ts';
import type { CellProblem } from './importSnapshot.ts';

/** Where the office's table came from. */
export type SourceFile = { kind: 'xlsx'; file: string; sheet: string } | { kind: 'csv'; file: string };

/** A message for the clerk, with the cell to mark in an annotated copy when there is one. */
export interface SourceMessage {
  text: string;
  severity: 'error' | 'warning';
  cell?: { line: number; index: number };
}

export interface ProblemContext {
  source: SourceFile;
  /** The canonical file the loader read, and the real path to show for every other file. */
  canonicalFile: string;
  realPath: (file: string) => string;
  milestones: readonly Milestone[];
  /** Canonical output line → row in the office's file. */
  sourceLines: readonly number[];
  /** Column key → 0-based column in the office's file. */
  columns: ReadonlyMap<string, number>;
  /** Row → building id typed there. */
  ids: ReadonlyMap<number, string>;
  /** Building id → address, from buildings.csv. */
  addresses: ReadonlyMap<string, string>;
  /** The office file's last row with data; a missing building belongs after it. */
  lastLine: number;
}

const FIXED_LABELS: Readonly<Record<string, string>> = {
  building_id: '编号',
  status: '状态',
  note: '备注',
};

function place(ctx: ProblemContext, line: number, index: number): string {
  const { source } = ctx;
  if (source.kind === 'csv') return `${source.file}:${line}:${index + 1}`;
  return `${baseName(source.file)} ${cellRef(source.sheet, line, index)}`;
}

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

function message(
  ctx: ProblemContext,
  severity: 'error' | 'warning',
  line: number,
  index: number,
  what: string,
  text: string,
): SourceMessage {
  const body =
    ctx.source.kind === 'csv'
      ? `: ${severity}: ${text}（${what}）`
      : `（${what}）: ${severity === 'warning' ? '提醒：' : ''}${text}`;
  return { text: `${place(ctx, line, index)}${body}`, severity, cell: { line, index } };
}

/** The import's own cell problems, then the loader's, each once; loader problems at refused cells are dropped. */
export function describeProblems(
  ctx: ProblemContext,
  cellProblems: readonly CellProblem[],
  loaderProblems: readonly Problem[],
): SourceMessage[] {
  const keys = ['building_id', 'status', ...ctx.milestones.map((m) => m.key), 'note'];
  const labelOf = (key: string): string =>
    FIXED_LABELS[key] ?? ctx.milestones.find((m) => m.key === key)?.label ?? key;
  const about = (line: number, key: string): string => {
    const id = ctx.ids.get(line) ?? '';
    return `${ctx.addresses.get(id) ?? (id || '无编号')} ${labelOf(key)}`;
  };
  const refused = new Set<string>();
  const out: SourceMessage[] = [];
  for (const p of cellProblems) {
    refused.add(`${p.line}:${p.index}`);
    out.push(message(ctx, 'error', p.line, p.index, about(p.line, p.key), p.message));
  }
  for (const p of loaderProblems) {
    if (p.file !== ctx.canonicalFile) {
      out.push({ text: formatProblem({ ...p, file: ctx.realPath(p.file) }, 'text'), severity: p.severity });
      continue;
    }
    if (p.line <= 1) {
      // A file-level finding (a building missing from this month): point at the first free row.
      const id = [...ctx.addresses.keys()].find((known) =>
        new RegExp(`(^|[^\\w-])${escape(known)}([^\\w-]|$)`).test(p.message),
      );
      const what = id ? `${ctx.addresses.get(id) ?? id}，编号 ${id}` : '整张表';
      out.push(
        message(ctx, p.severity, ctx.lastLine + 1, ctx.columns.get('building_id') ?? 0, what, p.message),
      );
      continue;
    }
    const line = ctx.sourceLines[p.line] ?? p.line;
    const key = keys[p.column - 1] ?? 'building_id';
    const index = ctx.columns.get(key) ?? 0;
    if (refused.has(`${line}:${index}`)) continue;
    out.push(message(ctx, p.severity, line, index, about(line, key), p.message));
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
