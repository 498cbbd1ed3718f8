import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from './formatProblems.ts';
import type { Problem } from './types.ts';

const p: Problem = { file: 'data/snapshots/2025-09.csv', line: 3, column: 6, severity: 'error', message: '日期“2025-13-01”无效 (permit)：请写成 2025-09-03 格式', code: 'snapshot.invalid_date' };

describe('formatProblem', () => {
  it('prints text as path:line:column: severity: message', () => {
    expect(formatProblem(p, 'text')).toBe('data/snapshots/2025-09.csv:3:6: error: 日期“2025-13-01”无效 (permit)：请写成 2025-09-03 格式');
    expect(formatProblem({ ...p, severity: 'warning' }, 'text')).toMatch(/^data\/snapshots\/2025-09.csv:3:6: warning: /);
  });
  it('prints GitHub annotations with escaped properties and data', () => {
    expect(formatProblem({ ...p, file: 'a,b:c.csv', message: '100% 错\n误' }, 'github')).toBe('::error file=a%2Cb%3Ac.csv,line=3,col=6::100%25 错%0A误');
    expect(formatProblem({ ...p, severity: 'warning' }, 'github')).toMatch(/^::warning file=/);
  });
  it('prints JSON as a list', () => {
    expect(JSON.parse(formatProblems([p], 'json'))).toEqual([p]);
  });
});
