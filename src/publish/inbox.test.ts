import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeBuilding, makeCommunity, makeDataset, makeRow, makeSnapshot } from '../../tests/factories.ts';
import { writeDataDir } from '../../tests/publish/dataDir.ts';
import { day, makeWorkbook } from '../../tests/workbook/makeWorkbook.ts';
import { COMMENT_MARKER } from './inboxComment.ts';
import { runInbox } from './inbox.ts';

const HEADER = [
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

/** A data directory with two buildings tracked in September, an empty inbox and an output folder. */
function setup(): { data: string; inbox: string; out: string } {
  const data = writeDataDir(
    makeDataset({
      communities: [makeCommunity({ id: 'xw', name: '西湾' })],
      buildings: [
        makeBuilding({ id: 'xw-1', communityId: 'xw', address: '西湾东1号' }),
        makeBuilding({ id: 'xw-2', communityId: 'xw', address: '西湾东2号' }),
      ],
      snapshots: [
        makeSnapshot('2025-09', [
          makeRow({ buildingId: 'xw-1', dates: { group_formed: '2025-03-01' } }),
          makeRow({ buildingId: 'xw-2' }),
        ]),
      ],
    }),
  );
  const root = mkdtempSync(path.join(tmpdir(), 'gongshi-inbox-'));
  const inbox = path.join(root, 'inbox');
  mkdirSync(inbox);
  writeFileSync(path.join(inbox, 'README.md'), '把每月的表格上传到这里。\n');
  return { data, inbox, out: path.join(root, 'out') };
}

// October: xw-1's owners voted, xw-2 paused.
const OCTOBER = [
  HEADER,
  ['xw-1', '正常', day('2025-03-01'), day('2025-10-09'), null, null, null, null, null, null],
  ['xw-2', '暂停', null, null, null, null, null, null, null, '等待协商'],
];

describe('npm run inbox', () => {
  it('imports a good file, removes it, and comments with figures, new milestones and status changes', async () => {
    const { data, inbox, out } = setup();
    writeFileSync(
      path.join(inbox, '2025年10月.xlsx'),
      await makeWorkbook([{ name: 'Sheet1', rows: OCTOBER }]),
    );
    const result = await runInbox({
      dataDir: data,
      inboxDir: inbox,
      outDir: out,
      runUrl: 'https://example.org/runs/7',
    });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(data, 'snapshots', '2025-10.csv'), 'utf8')).toContain(
      'xw-1,active,2025-03-01,2025-10-09',
    );
    expect(readdirSync(inbox)).toEqual(['README.md']);
    const c = result.comment;
    expect(c.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(c).toContain('### ✅ 2025年10月.xlsx：2025年10月已导入');
    expect(c).toContain('Excel 工作簿，读取工作表“Sheet1”');
    expect(c).toContain('| 业主表决通过 | 0 | 1 | +1 |');
    expect(c).toContain('- **业主表决通过：1栋**\n  - 西湾东1号');
    expect(c).toContain('- **状态变化：1栋**\n  - 西湾东2号：正常→暂停');
    expect(c).toContain('[这次运行](https://example.org/runs/7)');
    expect(c).toContain('下个月的模板 `2025-11.xlsx`');
    expect(existsSync(path.join(out, '2025-11.xlsx'))).toBe(true);
  });

  it('keeps a bad file, writes nothing, exits 1 and lists every problem by cell, with a marked copy', async () => {
    const { data, inbox, out } = setup();
    const bad = [
      HEADER,
      ['xw-1', '进行中', day('2025-03-01'), '2025-10-32', null, null, null, null, null, null],
    ];
    writeFileSync(path.join(inbox, '2025-10.xlsx'), await makeWorkbook([{ name: '工作表1', rows: bad }]));
    const result = await runInbox({ dataDir: data, inboxDir: inbox, outDir: out });
    expect(result.code).toBe(1);
    expect(existsSync(path.join(data, 'snapshots', '2025-10.csv'))).toBe(false);
    expect(readdirSync(inbox).sort()).toEqual(['2025-10.xlsx', 'README.md']);
    const c = result.comment;
    expect(c).toContain('### ❌ 2025-10.xlsx：2025年10月的数据有 3 个问题，没有导入');
    expect(c).toContain('- 2025-10.xlsx 工作表1!B2（西湾东1号 状态）: 未知的 status“进行中”');
    expect(c).toContain('- 2025-10.xlsx 工作表1!D2（西湾东1号 业主表决通过）: 日期“2025-10-32”不存在');
    expect(c).toContain(
      '- 2025-10.xlsx 工作表1!A3（西湾东2号，编号 xw-2）: 2025-10 xw-2 在 2025-09 的快照中有',
    );
    expect(c).toContain('`inbox-files`：标红的副本');
    expect(existsSync(path.join(out, '2025-10-标红.xlsx'))).toBe(true);
  });

  it('refuses two files for one month and a name without a month, importing neither', async () => {
    const { data, inbox } = setup();
    const bytes = await makeWorkbook([{ name: '工作表1', rows: OCTOBER }]);
    writeFileSync(path.join(inbox, '2025-10.xlsx'), bytes);
    writeFileSync(path.join(inbox, '2025年10月.xlsx'), bytes);
    writeFileSync(path.join(inbox, '十月进展.xlsx'), bytes);
    const result = await runInbox({ dataDir: data, inboxDir: inbox });
    expect(result.code).toBe(1);
    expect(existsSync(path.join(data, 'snapshots', '2025-10.csv'))).toBe(false);
    expect(result.files.map((f) => [f.name, f.problems.map((p) => p.text)])).toEqual([
      [
        '十月进展.xlsx',
        ['十月进展.xlsx：文件名里没有月份：请把文件命名为月份，例如 2025-10.xlsx 或 2025年10月.xlsx'],
      ],
      [
        '2025-10.xlsx',
        [
          '“2025-10.xlsx”、“2025年10月.xlsx” 都是 2025-10 的数据，不知道该用哪一个：请删除多余的文件，只留一个',
        ],
      ],
      [
        '2025年10月.xlsx',
        [
          '“2025-10.xlsx”、“2025年10月.xlsx” 都是 2025-10 的数据，不知道该用哪一个：请删除多余的文件，只留一个',
        ],
      ],
    ]);
    expect(result.comment).toContain('### ❌ 十月进展.xlsx：文件有 1 个问题，没有导入');
  });

  it('imports a GBK CSV, and a re-upload replaces a month this pull request added but not a published one', async () => {
    const { data, inbox } = setup();
    const base = mkdtempSync(path.join(tmpdir(), 'gongshi-base-'));
    cpSync(data, base, { recursive: true });
    const csv = (status: string) =>
      iconv.encode(`${HEADER.join(',')}\r\nxw-1,正常,2025/3/1,,,,,,,\r\nxw-2,${status},,,,,,,,\r\n`, 'gbk');
    writeFileSync(path.join(inbox, '2025-10.csv'), csv('正常'));
    const first = await runInbox({ dataDir: data, inboxDir: inbox, baseDataDir: base });
    expect(first.code).toBe(0);
    expect(first.comment).toContain('CSV，编码 GBK/GB18030');
    expect(first.comment).toContain('与上月相比没有变化（0 栋楼有变化）');

    writeFileSync(path.join(inbox, '2025-10.csv'), csv('争议中'));
    const again = await runInbox({ dataDir: data, inboxDir: inbox, baseDataDir: base });
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(data, 'snapshots', '2025-10.csv'), 'utf8')).toContain('xw-2,disputed');

    writeFileSync(path.join(inbox, '2025-09.csv'), csv('正常'));
    const published = await runInbox({ dataDir: data, inboxDir: inbox, baseDataDir: base });
    expect(published.code).toBe(1);
    expect(published.comment).toContain('已经发布过');
  });
});
