// npm run validate [-- --data DIR] [--format text|github|json]: check the data, print every problem.
import { entityWords } from '../src/data/programmeWords.ts';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, type ProblemFormat } from '../src/data/formatProblems.ts';
import { loadDataset } from '../src/data/loadDataset.ts';
import type { Dataset, Problem } from '../src/data/types.ts';
import { computeStats } from '../src/stats/computeStats.ts';
import { dataDirOption } from '../src/config/gongshiConfig.ts';

export interface ValidateIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** The clock: no snapshot may be for a later month (default: now; tests freeze it). */
  now?: Date;
}

const USAGE = '用法 usage: npm run validate -- [--data DIR] [--format text|github|json]';
const FORMATS: readonly ProblemFormat[] = ['text', 'github', 'json'];

interface Options {
  dir: string;
  format: ProblemFormat;
}

function parseArgs(argv: readonly string[], env: ValidateIo['env']): Options | string {
  let dir = dataDirOption(undefined, env);
  let format: ProblemFormat = 'text';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = inline ?? argv[i + 1];
    if (flag !== '--data' && flag !== '--format') return `未知参数 unknown argument “${arg}”\n${USAGE}`;
    if (value === undefined || value === '') return `${flag} 需要一个值\n${USAGE}`;
    if (inline === undefined) i += 1;
    if (flag === '--data') dir = value;
    else {
      const f = FORMATS.find((x) => x === value);
      if (!f) return `--format 应是 text、github 或 json，而不是“${value}”\n${USAGE}`;
      format = f;
    }
  }
  return { dir, format };
}

export interface Summary {
  month: string;
  /** The programme's noun and measure word: 楼栋, 栋. */
  noun: string;
  counter: string;
  buildings: number;
  eligible: number;
  /** Milestone key → buildings that reached it, in report order. */
  reached: Array<{ key: string; label: string; count: number }>;
  /** Reached construction but not in service, when the programme has both milestones. */
  underConstruction?: number;
}

/** The latest month's headline figures, from the same statistics the site shows. */
export function summarize(dataset: Dataset): Summary {
  const latest = computeStats(dataset).street.latest;
  const count = (key: string): number => latest.reached[key] ?? 0;
  const keys = new Set(dataset.report.milestones.map((m) => m.key));
  const { noun, counter } = entityWords(dataset.report.entity);
  return {
    month: latest.month,
    noun,
    counter,
    buildings: latest.buildings,
    eligible: latest.eligible,
    reached: dataset.report.milestones.map((m) => ({ key: m.key, label: m.label, count: count(m.key) })),
    ...(keys.has('construction') && keys.has('in_service')
      ? { underConstruction: count('construction') - count('in_service') }
      : {}),
  };
}

function summaryLine(s: Summary, warnings: number): string {
  const reached = s.reached.map((r) => `${r.label} ${r.count}`).join('，');
  const building = s.underConstruction === undefined ? '' : `；在建 ${s.underConstruction}`;
  return `数据通过校验 (${warnings} 个警告)。${s.month}：登记${s.noun} ${s.buildings} ${s.counter}，符合条件 ${s.eligible} ${s.counter}；${reached}${building}`;
}

function failureLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `数据未通过校验：${errors} 个错误，${problems.length - errors} 个警告。请按上面的提示修改后重新运行 npm run validate`;
}

/** Runs the validator; returns the exit code (0 clean, 1 any error, 2 bad arguments). */
export async function runValidate(argv: readonly string[], io: ValidateIo): Promise<number> {
  const options = parseArgs(argv, io.env);
  if (typeof options === 'string') {
    io.stderr(options);
    return 2;
  }
  const result = await loadDataset(options.dir, { now: io.now ?? new Date() });
  const problems = result.ok ? result.warnings : result.problems;
  const summary = result.ok ? summarize(result.dataset) : undefined;
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ ok: result.ok, problems, ...(summary ? { summary } : {}) }, null, 2));
  } else {
    for (const p of problems) io.stdout(formatProblem(p, options.format));
    io.stdout(summary ? summaryLine(summary, problems.length) : failureLine(problems));
  }
  return result.ok ? 0 : 1;
}

const invoked =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  const code = await runValidate(process.argv.slice(2), {
    stdout: (line) => console.log(line),
    stderr: (line) => console.error(line),
    env: process.env,
    now: new Date(),
  });
  process.exitCode = code;
}
