import { describe, expect, it } from 'vitest';
import { MILESTONE_KEYS as KEYS, makeMilestones } from '../../tests/factories.ts';
import { normaliseSnapshot, type SourceRow } from './importSnapshot.ts';

const milestones = makeMilestones();
const rows = (...cells: SourceRow['cells'][]): SourceRow[] =>
  cells.map((c, i) => ({ line: i + 1, cells: c }));

describe('normaliseSnapshot', () => {
  it('maps labels, statuses and date spellings; skips blank rows and empty trailing columns', () => {
    const result = normaliseSnapshot(
      rows(
        [],
        [
          'Building ID',
          '状态',
          '成立筹备组',
          '规划许可',
          ...KEYS.filter((k) => !['group_formed', 'permit'].includes(k)),
          '备注',
          '',
        ],
        ['b1', '争议中', '2025年9月3日', 45903, '', '', '', '', '', '"引号", 逗号', null],
        [null, '', '', '', '', '', '', '', '', '', ''],
      ),
      milestones,
    );
    expect(result).toEqual({
      ok: true,
      csv: `building_id,status,${KEYS.join(',')},note\nb1,disputed,2025-09-03,,,2025-09-03,,,,"""引号"", 逗号"\n`,
      rows: 1,
      sourceLines: [2, 2, 3],
    });
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
    );
    expect(result.ok ? [] : result.problems).toEqual([
      '第1行第2列：列“楼栋编号”重复（building_id（楼栋编号） 已在前面出现）',
      '第1行第4列：表头为空，但下面有数据：请填写列名',
      '缺少列 group_formed（成立筹备组）',
    ]);
  });
});
