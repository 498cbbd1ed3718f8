import { describe, expect, it } from 'vitest';
import { makeBuilding, makeDataset, makeSnapshot } from '../../tests/factories.ts';
import { computeStats } from '../stats/computeStats.ts';
import { validationReport } from './validationReport.ts';

describe('validationReport', () => {
  it('says in one line that the data passed, with what was checked', () => {
    const dataset = makeDataset({ buildings: [makeBuilding()], snapshots: [makeSnapshot('2025-09', [])] });
    const report = validationReport(
      { ok: true, dataset, warnings: [], stats: computeStats(dataset) },
      'data',
    );
    expect(report).toEqual({ ok: true, lines: ['数据校验通过：data 中 1 栋楼、1 个月的快照，没有错误。'] });
  });

  it('ends with the problem list and what to do, one problem a line', () => {
    const problem = {
      file: 'data/buildings.csv',
      line: 3,
      column: 2,
      severity: 'error' as const,
      message: '未知社区',
    };
    const report = validationReport({ ok: false, problems: [problem, { ...problem, line: 4 }] }, 'data');
    expect(report.ok).toBe(false);
    expect(report.lines.slice(0, 2)).toEqual([
      'data/buildings.csv:3:2: error: 未知社区',
      'data/buildings.csv:4:2: error: 未知社区',
    ]);
    expect(report.lines.at(-1)).toMatch(/^数据有 2 个错误，网站未生成。.*npm run validate/);
  });
});
