import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { day, makeWorkbook } from '../../tests/workbook/makeWorkbook.ts';
import { entry, zeros, zip } from '../../scripts/bench/zipFile.ts';
import { readWorkbook } from './readWorkbook.ts';

const TABLE = [
  ['楼栋编号', '状态', '成立筹备组'],
  ['b1', '正常', day('2025-09-03')],
];

/** Rows as plain values, for comparing. */
async function read(bytes: Buffer) {
  const result = await readWorkbook(bytes);
  if (!result.ok) return { error: result.message };
  return {
    sheet: result.sheet.name,
    date1904: result.date1904,
    rows: result.rows.map((r) => [r.line, ...r.cells]),
  };
}

/** The parts of an .xlsx, re-deflated as entries (to add hostile ones beside them). */
function entriesOf(bytes: Buffer) {
  return Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) =>
    entry(name, Buffer.from(data)),
  );
}

describe('readWorkbook', () => {
  it('reads the visible sheet, not a hidden first one, and says which', async () => {
    const bytes = await makeWorkbook([
      { name: '旧数据', rows: [['楼栋编号'], ['hidden-1']], state: 'hidden' },
      { name: '工作表1', rows: TABLE },
    ]);
    expect(await read(bytes)).toEqual({
      sheet: '工作表1',
      date1904: false,
      rows: [
        [1, '楼栋编号', '状态', '成立筹备组'],
        [2, 'b1', '正常', day('2025-09-03')],
      ],
    });
  });

  it('refuses several visible sheets with data, naming them; the template sheet wins; empty sheets are ignored', async () => {
    const two = await makeWorkbook([
      { name: '九月', rows: TABLE },
      { name: '十月', rows: TABLE },
      { name: '空白', rows: [] },
    ]);
    const refused = await read(two);
    expect(refused.error).toContain('有 2 个可见的工作表都有数据（“九月”、“十月”）');
    const template = await makeWorkbook([
      { name: '草稿', rows: [['x']] },
      { name: '楼栋进展', rows: TABLE },
      { name: '填写说明', rows: [['说明']] },
    ]);
    expect((await read(template)).sheet).toBe('楼栋进展');
  });

  it('honours the 1904 date system of old Mac workbooks', async () => {
    const bytes = await makeWorkbook([{ name: '工作表1', rows: TABLE }], { date1904: true });
    // The file really stores the 1904 serial of 2025-09-03 (45903 − 1462).
    const sheetXml = new TextDecoder().decode(unzipSync(new Uint8Array(bytes))['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toContain('<v>44441</v>');
    const read1904 = await read(bytes);
    expect(read1904.date1904).toBe(true);
    expect(read1904.rows?.[1]?.[3]).toEqual(day('2025-09-03'));
  });

  it('refuses a zip bomb from its declared size, before inflating, quickly and in little memory', async () => {
    const good = await makeWorkbook([{ name: '工作表1', rows: TABLE }]);
    // 1.6 MB on disk, 1.5 GB inflated, as the worksheet.
    const parts = entriesOf(good).filter((e) => e.name !== 'xl/worksheets/sheet1.xml');
    const bomb = zip([...parts, zeros('xl/worksheets/sheet1.xml', 1536)]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await read(bomb);
    // Loose bounds (the bench measures it): inflating it would take seconds and 1.5 GB.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024);
    expect(result.error).toContain('xl/worksheets/sheet1.xml 解压后有 1536.0 MB');
  });

  it('stops a part that inflates past the size it declared', async () => {
    const good = await makeWorkbook([{ name: '工作表1', rows: TABLE }]);
    const parts = entriesOf(good).filter((e) => e.name !== 'xl/worksheets/sheet1.xml');
    const liar = zip([...parts, zeros('xl/worksheets/sheet1.xml', 1536, 4096)]);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await read(liar);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024);
    expect(result.error).toContain('文件已损坏，无法解压');
  });

  it('never inflates parts it does not need, however large', async () => {
    const good = await makeWorkbook([{ name: '工作表1', rows: TABLE }]);
    // 3 parts of 400 MB each (about 1.2 MB compressed): media and custom XML nobody reads.
    const padded = zip([
      ...entriesOf(good),
      zeros('xl/media/image1.png', 400),
      zeros('customXml/item1.xml', 400),
      zeros('xl/printerSettings/printerSettings1.bin', 400),
    ]);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await read(padded);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024);
    expect(result.rows).toEqual([
      [1, '楼栋编号', '状态', '成立筹备组'],
      [2, 'b1', '正常', day('2025-09-03')],
    ]);
  });

  it('refuses something that is not a zip', async () => {
    expect((await read(Buffer.from('building_id,status\n'))).error).toContain('不是有效的 .xlsx 文件');
  });
});
