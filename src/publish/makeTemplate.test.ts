import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  makeBuilding,
  makeCommunity,
  makeDataset,
  makeReport,
  makeRow,
  makeSnapshot,
} from '../../tests/factories.ts';
import type { ReportConfig } from '../data/types.ts';
import { writeDataDir } from '../../tests/publish/dataDir.ts';
import { makeTemplate } from './makeTemplate.ts';
import { snapshotAdd } from './snapshotAdd.ts';

/** Three buildings in two communities, tracked in September 2025; `report` changes the programme. */
function dataDir(report: ReportConfig = makeReport()): string {
  return writeDataDir(
    makeDataset({
      report,
      communities: [makeCommunity({ id: 'xw', name: '西湾' }), makeCommunity({ id: 'dg', name: '大岗元' })],
      buildings: [
        makeBuilding({ id: 'dg-1', communityId: 'dg', address: '大岗元北10号' }),
        makeBuilding({ id: 'xw-2', communityId: 'xw', address: '西湾东12号' }),
        makeBuilding({ id: 'xw-1', communityId: 'xw', address: '西湾东1号' }),
      ],
      snapshots: [
        makeSnapshot('2025-09', [
          makeRow({ buildingId: 'dg-1', status: 'paused', note: '等待业主协商' }),
          makeRow({ buildingId: 'xw-2', dates: { group_formed: '2025-03-01' } }),
          makeRow({
            buildingId: 'xw-1',
            dates: {
              group_formed: '2024-05-02',
              consent: '2025-01-10',
              notice: '2025-03-03',
              permit: '2025-06-30',
            },
          }),
        ]),
      ],
    }),
  );
}

async function template(dir: string, rows = '3 栋楼'): Promise<{ file: string; workbook: ExcelJS.Workbook }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gongshi-template-')), '2025-10.xlsx');
  const result = await makeTemplate({ dataDir: dir, month: '2025-10', out: file });
  expect(result.lines[0]).toContain(`2025年10月的进展表模板，${rows}（预填了 2025年9月的情况）`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { file, workbook };
}

describe('npm run template', () => {
  it('locks id, community and address, offers the statuses as a list and checks dates against the month end', async () => {
    const { file, workbook } = await template(dataDir());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['楼栋进展', '填写说明']);
    const sheet = workbook.getWorksheet('楼栋进展');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '楼栋编号',
      '社区',
      '地址',
      '状态',
      '成立筹备组',
      '业主表决通过',
      '批前公示',
      '规划许可',
      '开工',
      '投入使用',
      '补贴拨付',
      '备注',
    ]);
    // Community order of communities.csv, then address in numeric order.
    expect([2, 3, 4].map((r) => sheet.getCell(r, 3).value)).toEqual([
      '西湾东1号',
      '西湾东12号',
      '大岗元北10号',
    ]);
    expect(sheet.getCell('D4').value).toBe('暂停');
    expect(sheet.getCell('H2').value).toEqual(new Date('2025-06-30T00:00:00Z'));
    expect(sheet.getCell('L4').value).toBe('等待业主协商');

    // Protected as Excel reads it, with no password to unlock the rest.
    const xml = new TextDecoder().decode(unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml']);
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toMatch(/hashValue|password=/);
    for (const ref of ['A2', 'B3', 'C4']) expect(sheet.getCell(ref).protection?.locked, ref).not.toBe(false);
    for (const ref of ['D2', 'E3', 'K4', 'L2'])
      expect(sheet.getCell(ref).protection?.locked, ref).toBe(false);

    expect(sheet.getCell('D3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"正常,暂停,争议中,已撤回"'],
    });
    expect(sheet.getCell('J3').dataValidation).toMatchObject({
      type: 'date',
      operator: 'lessThanOrEqual',
      formulae: [new Date('2025-10-31T00:00:00Z')],
    });
    expect(sheet.getCell('J3').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    expect(sheet.getColumn(3).width).toBeGreaterThan(sheet.getColumn(2).width ?? 0);

    const guide = workbook.getWorksheet('填写说明');
    const text = JSON.stringify(guide?.getSheetValues());
    expect(text).toContain('从下拉列表选择：正常 / 暂停 / 争议中 / 已撤回');
    expect(text).toContain('示例');
  });

  it("names the sheet, the id column and the rows in the programme's words, and imports them back", async () => {
    const estates = makeReport({
      entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' },
    });
    const dir = dataDir(estates);
    const { file, workbook } = await template(dir, '3 个小区');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['小区进展', '填写说明']);
    expect(workbook.getWorksheet('小区进展')?.getCell('A1').value).toBe('小区编号');
    const guide = JSON.stringify(workbook.getWorksheet('填写说明')?.getSheetValues());
    expect(guide).toContain('每个小区一行');
    expect(guide).toContain('这个小区的工作现在是否在推进');
    expect(guide).not.toMatch(/楼栋|栋/);

    const result = await snapshotAdd({ input: file, month: '2025-10', dataDir: dir });
    expect(result.stderr).toEqual([]);
    expect(result.stdout.join('\n')).toContain('（3 个小区）。校验通过。');
  });

  it('re-imports unchanged as the same month with 0 buildings changed', async () => {
    const dir = dataDir();
    const { file } = await template(dir);
    const result = await snapshotAdd({ input: file, month: '2025-10', dataDir: dir });
    expect(result.stderr).toEqual([]);
    expect(result.stdout.join('\n')).toContain('2025年10月（与2025年9月相比）\n本月没有变化。');
    const lines = (month: string) =>
      readFileSync(path.join(dir, 'snapshots', `${month}.csv`), 'utf8')
        .split('\n')
        .sort();
    expect(lines('2025-10')).toEqual(lines('2025-09'));
  });

  it('names each problem of a filled template by sheet, cell and address, writes nothing, and marks a copy', async () => {
    const dir = dataDir();
    const { file, workbook } = await template(dir);
    const sheet = workbook.getWorksheet('楼栋进展');
    if (!sheet) throw new Error('no sheet');
    sheet.getCell('I2').value = '2025-13-02'; // 开工 of 西湾东1号: no such month
    sheet.getCell('D3').value = '进行中'; // not a status
    sheet.spliceRows(4, 1); // 大岗元北10号 deleted
    await workbook.xlsx.writeFile(file);
    const annotated = path.join(path.dirname(file), '2025-10-标红.xlsx');

    const result = await snapshotAdd({ input: file, month: '2025-10', dataDir: dir, annotate: annotated });
    expect(result.code).toBe(1);
    expect(existsSync(path.join(dir, 'snapshots', '2025-10.csv'))).toBe(false);
    expect(result.problems.map((p) => p.text)).toEqual([
      '2025-10.xlsx 楼栋进展!A4（大岗元北10号，编号 dg-1）: 2025-10 dg-1 在 2025-09 的快照中有（第 2 行），本月缺失：请补回这一行；如确实不再跟踪，如属更正，请在 corrections.csv 中登记一行：month=2025-10, building_id=dg-1, field=row, old_value=有, new_value=（留空），并写明 date 和 reason',
      '2025-10.xlsx 楼栋进展!I2（西湾东1号 开工）: 日期“2025-13-02”不存在 (construction)：请核对年月日，写成 2025-09-03 格式',
      '2025-10.xlsx 楼栋进展!D3（西湾东12号 状态）: 未知的 status“进行中”：请填写 active/正常、paused/暂停、disputed/争议中、withdrawn/已撤回 之一',
    ]);
    expect(result.stderr.at(-2)).toBe('校验未通过：3 个错误。请在表格中改正后重新运行。');

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(annotated);
    const marked = copy.getWorksheet('楼栋进展');
    for (const ref of ['A4', 'I2', 'D3']) {
      const cell = marked?.getCell(ref);
      expect(cell?.fill, ref).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
      expect(JSON.stringify(cell?.note), ref).toContain(ref);
    }
    expect(marked?.getCell('D2').fill).not.toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });
});
