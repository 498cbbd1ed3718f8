import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeBuilding, makeDataset, makeRow, makeSnapshot } from '../../tests/factories.ts';
import { writeDataDir } from '../../tests/publish/dataDir.ts';
import { day, makeWorkbook } from '../../tests/workbook/makeWorkbook.ts';
import { snapshotAdd } from './snapshotAdd.ts';

const HEADER_ZH = [
  '楼栋编号',
  '状态',
  '成立筹备组',
  '业主表决通过',
  '批前公示',
  '规划许可',
  '开工',
  '投入使用',
  '补贴拨付',
  '备注',
];
const CANONICAL_HEADER =
  'building_id,status,group_formed,consent,notice,permit,construction,in_service,subsidy,note';

/** Two buildings tracked in January; b1 has a group. */
function dataDir(): string {
  return writeDataDir(
    makeDataset({
      buildings: [
        makeBuilding({ id: 'b1', address: '西湾路1号' }),
        makeBuilding({ id: 'b2', address: '西湾路2号' }),
      ],
      snapshots: [
        makeSnapshot('2025-01', [
          makeRow({ buildingId: 'b1', dates: { group_formed: '2025-01-05' } }),
          makeRow({ buildingId: 'b2', line: 3 }),
        ]),
      ],
    }),
  );
}

// February as the office exports it: Chinese headers and labels, mixed date spellings.
const FEBRUARY = [
  HEADER_ZH,
  ['b1', '正常', '2025/1/5', '2025.2.3', '', '', '', '', '', '表决通过, 准备公示'],
  ['b2', '暂停', '', '', '', '', '', '', '', '=等待业主协商'],
];
const EXPECTED = [
  CANONICAL_HEADER,
  'b1,active,2025-01-05,2025-02-03,,,,,,"表决通过, 准备公示"',
  'b2,paused,,,,,,,,=等待业主协商',
  '',
].join('\n');

// The clock is frozen: the import refuses months after the current one.
const NOW = new Date('2025-10-15T04:00:00Z');

describe('snapshotAdd', () => {
  it('imports a GBK CSV with Chinese headers and prints what changed', async () => {
    const dir = dataDir();
    const input = path.join(dir, '..', `${path.basename(dir)}-feb.csv`);
    const text = FEBRUARY.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n');
    writeFileSync(input, iconv.encode(`${text}\r\n\r\n`, 'gbk'));
    const result = await snapshotAdd({ input, month: '2025-02', dataDir: dir, now: NOW });
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'snapshots', '2025-02.csv'), 'utf8')).toBe(EXPECTED);
    const out = result.stdout.join('\n');
    expect(out).toContain('编码 GBK/GB18030');
    expect(out).toContain('2025年2月（与2025年1月相比）');
    expect(out).toContain('· 业主表决通过：1栋\n    西湾路1号');
    expect(out).toContain('西湾路2号：正常→暂停');
  });

  it('imports an .xlsx with real date cells', async () => {
    const dir = dataDir();
    const input = path.join(dir, '..', `${path.basename(dir)}-feb.xlsx`);
    const rows = [
      HEADER_ZH,
      ['b1', '正常', day('2025-01-05'), '2025年2月3日', null, null, null, null, null, '表决通过, 准备公示'],
      ['b2', '暂停', null, null, null, null, null, null, null, '=等待业主协商'],
    ];
    writeFileSync(input, await makeWorkbook([{ name: '工作表1', rows }]));
    const result = await snapshotAdd({ input, month: '2025-02', dataDir: dir, now: NOW });
    expect(result.stderr).toEqual([]);
    expect(result.stdout[0]).toContain('读取工作表“工作表1”');
    expect(readFileSync(path.join(dir, 'snapshots', '2025-02.csv'), 'utf8')).toBe(EXPECTED);
  });

  it('writes nothing when the month does not validate, and points at the source row', async () => {
    const dir = dataDir();
    const input = path.join(dir, '..', `${path.basename(dir)}-bad.csv`);
    // b1 loses its group date (history) and b2 gets a date after February.
    writeFileSync(input, `${CANONICAL_HEADER}\nb1,active,,,,,,,,\n\nb2,active,2025-03-09,,,,,,,\n`);
    const result = await snapshotAdd({ input, month: '2025-02', dataDir: dir, now: NOW });
    expect(result.code).toBe(1);
    expect(existsSync(path.join(dir, 'snapshots', '2025-02.csv'))).toBe(false);
    // Positions in the office's own file (line 4 after the blank line), not in the canonical copy.
    expect(result.stderr).toEqual([
      `${input}:2:3: error: 2025-02 b1 的 group_formed（成立筹备组）上月为 2025-01-05，本月为空：已公布的日期不能丢失或改动；如属更正，请在 corrections.csv 中登记一行：month=2025-02, building_id=b1, field=group_formed, old_value=2025-01-05, new_value=（留空），并写明 date 和 reason（西湾路1号 成立筹备组）`,
      `${input}:4:3: error: 日期 2025-03-09 晚于本快照月末 2025-02-28 (group_formed)：快照只记录截至当月底已发生的事；请核对日期或文件名月份（西湾路2号 成立筹备组）`,
      '校验未通过：2 个错误。请在表格中改正后重新运行。',
      '没有写入任何文件。(nothing was written)',
    ]);
  });

  it('refuses unknown columns and an already published month', async () => {
    const dir = dataDir();
    const input = path.join(dir, '..', `${path.basename(dir)}-x.csv`);
    writeFileSync(input, `${CANONICAL_HEADER},电话\nb1,active,2025-01-05,,,,,,,,13800000000\n`);
    const unknown = await snapshotAdd({ input, month: '2025-02', dataDir: dir, now: NOW });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr[0]).toContain('未知的列“电话”');
    const again = await snapshotAdd({ input, month: '2025-01', dataDir: dir, now: NOW });
    expect(again.stderr[0]).toContain('已经发布过');
    expect(readFileSync(path.join(dir, 'snapshots', '2025-01.csv'), 'utf8')).toContain(
      'b1,active,2025-01-05',
    );
  });

  it('refuses a month after the current one (a typo would become a permanent URL)', async () => {
    const dir = dataDir();
    const input = path.join(dir, '..', `${path.basename(dir)}-future.csv`);
    writeFileSync(input, `${CANONICAL_HEADER}\nb1,active,2025-01-05,,,,,,,\nb2,active,,,,,,,,\n`);
    const result = await snapshotAdd({ input, month: '2031-06', dataDir: dir, now: NOW });
    expect(result.code).toBe(1);
    expect(existsSync(path.join(dir, 'snapshots', '2031-06.csv'))).toBe(false);
    expect(result.stderr.join('\n')).toContain(`error: 快照月份 2031-06 晚于当前月份 2025-10`);
  });
});
