import { describe, expect, it } from 'vitest';
import { MILESTONE_KEYS as KEYS, makeMilestones } from '../../tests/factories.ts';
import { normaliseSnapshot, type SourceRow } from './importSnapshot.ts';

const milestones = makeMilestones();
const rows = (...cells: SourceRow['cells'][]): SourceRow[] =>
  cells.map((c, i) => ({ line: i + 1, cells: c }));

describe('normaliseSnapshot', () => {
  it('maps labels, statuses and date spellings; skips blank rows, empty trailing columns and reference columns', () => {
    const result = normaliseSnapshot(
      rows(
        [],
        [
          'Building ID',
          '社区',
          '地址',
          '状态',
          '成立筹备组',
          '规划许可',
          ...KEYS.filter((k) => !['group_formed', 'permit'].includes(k)),
          '备注',
          '',
        ],
        [
          'b1',
          '西湾',
          '西湾路1号',
          '争议中',
          '2025年9月3日',
          new Date(Date.UTC(2025, 8, 3)),
          '',
          '',
          '',
          '',
          '',
          '"引号", 逗号',
          null,
        ],
        [null, '', '', '', '', '', '', '', '', '', '', '', ''],
      ),
      milestones,
    );
    expect(result).toMatchObject({
      ok: true,
      csv: `building_id,status,${KEYS.join(',')},note\nb1,disputed,2025-09-03,,,2025-09-03,,,,"""引号"", 逗号"\n`,
      rows: 1,
      sourceLines: [2, 2, 3],
      ids: new Map([[3, 'b1']]),
      cellProblems: [],
    });
  });

  it('refuses bare numbers in date columns, saying the date they would mean in the workbook', () => {
    const table = rows(['building_id', 'status', ...KEYS, 'note'], ['b1', 'active', 45903, 44441.5]);
    const in1900 = normaliseSnapshot(table, milestones);
    const in1904 = normaliseSnapshot(table, milestones, { date1904: true });
    expect(in1900.ok && in1900.cellProblems.map((p) => [p.line, p.index, p.key])).toEqual([
      [2, 2, 'group_formed'],
      [2, 3, 'consent'],
    ]);
    expect(in1900.ok && in1900.cellProblems[0]?.message).toContain(
      '数字 45903，不是日期（按本工作簿的日期系统，它代表 2025-09-03）',
    );
    expect(in1904.ok && in1904.cellProblems[1]?.message).toContain(
      '数字 44441.5，不是日期（按本工作簿的日期系统，它代表 2025-09-03）',
    );
    expect(in1904.ok && in1904.csv.split('\n')[1]).toBe('b1,active,45903,44441.5,,,,,,');
  });

  it('keeps what it cannot read, for the validator to report with its position', () => {
    const result = normaliseSnapshot(
      rows(['building_id', 'status', ...KEYS, 'note'], ['b1', '进行中', '9月3日']),
      milestones,
    );
    expect(result.ok && result.csv.split('\n')[1]).toBe('b1,进行中,9月3日,,,,,,,');
  });

  it('rejects duplicate, blank-over-data and missing columns', () => {
    const result = normaliseSnapshot(
      rows(['building_id', '楼栋编号', 'status', '', ...KEYS.slice(1)], ['b1', 'b1', 'active', 'x']),
      milestones,
      { noun: '楼栋' },
    );
    expect(result.ok ? [] : result.problems).toEqual([
      '第1行第2列：列“楼栋编号”重复（building_id（楼栋编号） 已在前面出现）',
      '第1行第4列：表头为空，但下面有数据：请填写列名',
      '缺少列 group_formed（成立筹备组）',
    ]);
  });
});

describe('normaliseSnapshot headers', () => {
  it('quotes at most 40 characters of an unknown header', () => {
    const long = `电话${'x'.repeat(100)}`;
    const result = normaliseSnapshot(rows(['building_id', 'status', ...KEYS, long]), milestones);
    expect(result.ok ? [] : result.problems[0]).toBe(
      `第1行第10列：未知的列“${long.slice(0, 40)}…”：可用的列有 building_id（编号）、status（状态）、${milestones.map((m) => `${m.key}（${m.label}）`).join('、')}、note（备注）`,
    );
  });

  it("accepts and names the id column in the programme's words", () => {
    const estates = { noun: '小区' };
    const read = normaliseSnapshot(
      rows(['小区编号', 'status', ...KEYS], ['e1', 'active']),
      milestones,
      estates,
    );
    expect(read.ok && read.csv.split('\n')[1]).toBe('e1,active,,,,,,,,');
    const unknown = normaliseSnapshot(rows(['楼号', 'status', ...KEYS]), milestones, estates);
    expect(unknown.ok ? [] : unknown.problems).toContain('缺少列 building_id（小区编号）');
  });
});
