import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { places, storyText, validFiles, writeDataset, type Files } from '../../tests/data/tempDataset.ts';
import { makeReport } from '../../tests/factories.ts';
import { loadDataset } from './loadDataset.ts';

const HEADER = 'building_id,status,group_formed,consent,notice,permit,construction,in_service,subsidy,note\n';
const BUILDINGS_HEADER = 'building_id,community_id,address,floors,households,residents,eligible,lat,lng\n';

async function check(overrides: Files): Promise<string[]> {
  const dir = await writeDataset(overrides);
  return places(await loadDataset(dir), dir);
}

describe('loadDataset', () => {
  it('loads a valid directory into typed data', async () => {
    const dir = await writeDataset();
    const result = await loadDataset(dir);
    expect(places(result, dir)).toEqual([]);
    if (!result.ok) throw new Error('expected ok');
    expect(result.dataset.buildings.map((b) => b.eligible)).toEqual([true, true, false]);
    expect(result.dataset.snapshots.map((s) => s.month)).toEqual(['2025-08', '2025-09']);
    expect(result.dataset.snapshots[1]?.rows[0]?.dates['construction']).toBe('2025-09-03');
    expect(result.dataset.snapshots[1]?.file).toBe(`${dir}/snapshots/2025-09.csv`);
  });

  it('reports every problem in one run, sorted by file and place', async () => {
    const result = await check({
      'communities.csv': 'community_id,name\nc1,一社区\nc1,重复\nc2,二社区\n',
      'snapshots/2025-09.csv': `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-09-03,,,\nb2,,2025-02-01,,,,,,,\nb9,active,,,,,,,,\n`,
    });
    expect(result).toEqual([
      'communities.csv:3:1: error community.duplicate_id',
      'snapshots/2025-09.csv:3:2: error snapshot.empty_status',
      'snapshots/2025-09.csv:4:1: error snapshot.unknown_building',
    ]);
  });

  describe('decoding', () => {
    it('accepts GB18030 (Excel on Chinese Windows) with Chinese headers', async () => {
      const csv = '楼栋编号,社区编号,地址,层数,户数,居民数,是否符合条件,纬度,经度\nb1,c1,测试路1号,7,28,100,是,,\nb2,c1,测试路2号,8,30,90,是,,\nb3,c2,西湾东1号,6,20,60,否,,\n';
      expect(await check({ 'buildings.csv': iconv.encode(csv, 'gb18030') })).toEqual([]);
    });
    it('accepts a UTF-8 BOM, CRLF and trailing blank lines', async () => {
      const csv = `\uFEFF${validFiles()['buildings.csv'] as string}\n\n`.replace(/\n/g, '\r\n');
      expect(await check({ 'buildings.csv': csv })).toEqual([]);
    });
    it('skips blank lines in the middle but keeps physical line numbers (CRLF too)', async () => {
      const csv = `${BUILDINGS_HEADER}b1,c1,测试路1号,7,28,100,yes,,\r\n\r\nb2,c1,测试路2号,8层,30,90,yes,,\r\nb3,c2,西湾东1号,6,20,60,no,,\r\n`;
      expect(await check({ 'buildings.csv': csv })).toEqual(['buildings.csv:4:4: error building.invalid_number']);
    });
    it('keeps line numbers after a quoted field spanning lines', async () => {
      const csv = `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-09-03,,,"两行\n备注"\nb2,active,2025-13-01,,,,,,,\n`;
      expect(await check({ 'snapshots/2025-09.csv': csv })).toEqual(['snapshots/2025-09.csv:4:3: error snapshot.invalid_date']);
    });
  });

  describe('structure', () => {
    it('reports missing, unknown, duplicate and blank headers', async () => {
      const csv = 'building_id,community_id,address,floors,households,residents,楼层,floors,,lat\nb1,c1,测试路1号,7,28,100,1,7,,\n';
      expect(await check({ 'buildings.csv': csv })).toEqual([
        'buildings.csv:1:1: error csv.missing_column',
        'buildings.csv:1:7: error csv.unknown_column',
        'buildings.csv:1:8: error csv.duplicate_header',
        'buildings.csv:1:9: error csv.blank_header',
        'snapshots/2025-08.csv:3:1: error snapshot.unknown_building',
        'snapshots/2025-09.csv:3:1: error snapshot.unknown_building',
      ]);
    });
    it('reports ragged rows at the first extra or missing field', async () => {
      const csv = `${BUILDINGS_HEADER}b1,c1,测试路1号,7,28,100,yes,,,extra\nb2,c1,测试路2号,8,30\nb3,c2,西湾东1号,6,20,60,no,,\n`;
      const got = await check({ 'buildings.csv': csv });
      expect(got.filter((p) => p.startsWith('buildings'))).toEqual([
        'buildings.csv:2:10: error csv.ragged_row',
        'buildings.csv:3:6: error csv.ragged_row',
      ]);
    });
    it('says "use commas" when a whole row sits in one column', async () => {
      const csv = 'community_id;name\nc1;一社区\n';
      expect(await check({ 'communities.csv': csv })).toContain('communities.csv:1:1: error csv.wrong_delimiter');
      const tabs = `${BUILDINGS_HEADER}b1\tc1\t测试路1号\t7\t28\t100\tyes\t\t\n`;
      expect(await check({ 'buildings.csv': tabs })).toContain('buildings.csv:2:1: error csv.wrong_delimiter');
    });
    it('reports an unclosed quote where it opens', async () => {
      const csv = `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-09-03,,,"未闭合\nb2,active,2025-02-01,,,,,,,\n`;
      expect((await check({ 'snapshots/2025-09.csv': csv }))[0]).toBe('snapshots/2025-09.csv:2:10: error csv.unclosed_quote');
    });
    it('reports unparseable JSON with line and column', async () => {
      const json = '[\n  { "building_id": "b1", "status": "active" }\n  { "building_id": "b2" }\n]\n';
      expect(await check({ 'snapshots/2025-09.csv': null, 'snapshots/2025-09.json': json })).toEqual([
        'snapshots/2025-09.json:3:3: error json.syntax',
      ]);
    });
  });

  describe('snapshots in JSON', () => {
    it('accepts an array or {rows}, Chinese keys, and points at values', async () => {
      const json = JSON.stringify(
        {
          rows: [
            { 楼栋编号: 'b1', 状态: '正常', 成立筹备组: '2025/1/5', 业主表决通过: '2025年3月1日', 批前公示: '2025.4.1', 规划许可: '2025-06-01', 开工: '2025-09-03', 投入使用: '', 补贴拨付: null, 备注: '' },
            { building_id: 'b2', status: 'active', group_formed: '2025-02-01', consent: '', notice: '', permit: '', construction: '', in_service: '', subsidy: '2025-13-01' },
          ],
        },
        null,
        2,
      );
      expect(await check({ 'snapshots/2025-09.csv': null, 'snapshots/2025-09.json': json })).toEqual([
        'snapshots/2025-09.json:24:18: error snapshot.invalid_date',
      ]);
    });
  });

  describe('numbers and Excel damage', () => {
    it.each([
      ['12层', 4],
      ['1,234', 4],
      ['4.2E+17', 4],
      ['2025/7/1', 4],
    ])('rejects floors %s with a hint', async (floors, column) => {
      const csv = `${BUILDINGS_HEADER}b1,c1,测试路1号,"${floors}",28,100,yes,,\nb2,c1,测试路2号,8,30,90,yes,,\nb3,c2,西湾东1号,6,20,60,no,,\n`;
      expect(await check({ 'buildings.csv': csv })).toEqual([`buildings.csv:2:${column}: error building.invalid_number`]);
    });
    it('normalises full-width digits', async () => {
      const csv = `${BUILDINGS_HEADER}b1,c1,测试路1号,７,２８,１００,yes,,\nb2,c1,测试路2号,8,30,90,yes,,\nb3,c2,西湾东1号,6,20,60,no,,\n`;
      const dir = await writeDataset({ 'buildings.csv': csv });
      const result = await loadDataset(dir);
      expect(result.ok && result.dataset.buildings[0]?.floors).toBe(7);
    });
    it('rejects a building_id that Excel turned into a date', async () => {
      const csv = `${BUILDINGS_HEADER}b1,c1,测试路1号,7,28,100,yes,,\nb2,c1,测试路2号,8,30,90,yes,,\nb3,c2,西湾东1号,6,20,60,no,,\n2025/7/1,c1,测试路4号,6,20,60,no,,\n`;
      expect(await check({ 'buildings.csv': csv })).toEqual(['buildings.csv:5:1: error building.invalid_id']);
    });
    it('keeps values starting with = + - @ as text in notes and addresses', async () => {
      const csv = `${BUILDINGS_HEADER}b1,c1,=测试路1号,7,28,100,yes,,\nb2,c1,@测试路2号,8,30,90,yes,,\nb3,c2,+西湾东1号,6,20,60,no,,\n`;
      const dir = await writeDataset({ 'buildings.csv': csv });
      const result = await loadDataset(dir);
      expect(result.ok && result.dataset.buildings[0]?.address).toBe('=测试路1号');
    });
    it('rejects an Excel date serial in a milestone column', async () => {
      const csv = `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,45903,,,\nb2,active,2025-02-01,,,,,,,\n`;
      expect(await check({ 'snapshots/2025-09.csv': csv })).toEqual(['snapshots/2025-09.csv:2:7: error snapshot.invalid_date']);
    });
  });

  describe('references and milestones', () => {
    it('reports duplicate building ids, unknown community and unknown eligible value', async () => {
      const csv = `${BUILDINGS_HEADER}b1,c1,测试路1号,7,28,100,yes,,\nb2,c9,测试路2号,8,30,90,yes,,\nb3,c2,西湾东1号,6,20,60,maybe,,\nb1,c1,测试路1号,7,28,100,yes,,\n`;
      expect(await check({ 'buildings.csv': csv })).toEqual([
        'buildings.csv:3:2: error building.unknown_community',
        'buildings.csv:4:7: error building.invalid_eligible',
        'buildings.csv:5:1: error building.duplicate_id',
      ]);
    });
    it('reports duplicate rows, future dates, gaps, order and ineligible buildings', async () => {
      const csv =
        HEADER +
        'b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-09-03,,2025-09-20,\n' + // subsidy before in_service
        'b2,active,2025-02-01,2025-01-01,,,,,,\n' + // consent before group_formed
        'b3,active,2025-02-01,,,,,,,\n' + // ineligible building
        'b2,active,,,,,,,,\n' + // duplicate
        'b1x,active,2025-10-01,,,,,,,\n'; // unknown + after month end
      expect(await check({ 'snapshots/2025-09.csv': csv })).toEqual([
        'snapshots/2025-09.csv:2:9: error snapshot.milestone_gap',
        'snapshots/2025-09.csv:3:4: error snapshot.milestone_order',
        'snapshots/2025-09.csv:4:3: error snapshot.ineligible_building',
        'snapshots/2025-09.csv:5:1: error snapshot.duplicate_id',
        'snapshots/2025-09.csv:6:1: error snapshot.unknown_building',
        'snapshots/2025-09.csv:6:3: error snapshot.future_date',
      ]);
    });
    it('reports an in_service without construction at the in_service cell', async () => {
      const csv = `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,,2025-09-01,,\nb2,active,2025-02-01,,,,,,,\n`;
      expect(await check({ 'snapshots/2025-09.csv': csv })).toEqual([
        'snapshots/2025-09.csv:2:8: error snapshot.milestone_gap',
        'snapshots/2025-09.csv:2:8: error history.date_removed',
      ].slice(0, 1));
    });
    it('lets a building skip an optional milestone, and refuses an optional first milestone', async () => {
      const report = JSON.parse(validFiles()['report.json'] as string) as { milestones: Record<string, unknown>[] };
      const notice = report.milestones.findIndex((m) => m['key'] === 'notice');
      report.milestones[notice] = { ...report.milestones[notice], optional: true };
      const csv = `${HEADER}b1,active,2025-01-05,2025-03-01,,2025-06-01,2025-09-03,,,\nb2,active,2025-02-01,,,,,,,\n`;
      const august = `${HEADER}b1,active,2025-01-05,2025-03-01,,2025-06-01,,,,\nb2,paused,2025-02-01,,,,,,,\n`;
      expect(
        await check({ 'snapshots/2025-08.csv': august, 'snapshots/2025-09.csv': csv, 'report.json': JSON.stringify(report, null, 2) }),
      ).toEqual([]);
      report.milestones[0] = { ...report.milestones[0], optional: true };
      const text = JSON.stringify(report, null, 2);
      const line = text.split('\n').findIndex((l) => l.includes('"optional": true')) + 1;
      expect(await check({ 'report.json': text })).toEqual([`report.json:${line}:19: error report.custom`]);
    });
    it('accepts Chinese status labels and rejects unknown ones', async () => {
      const csv = `${HEADER}b1,正常,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-09-03,,,\nb2,sleeping,2025-02-01,,,,,,,\n`;
      expect(await check({ 'snapshots/2025-09.csv': csv })).toEqual(['snapshots/2025-09.csv:3:2: error snapshot.unknown_status']);
    });
  });

  describe('history and corrections', () => {
    const changed = `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-02,2025-09-03,,,\n`;
    it('reports a building that disappeared and a date that changed', async () => {
      expect(await check({ 'snapshots/2025-09.csv': changed })).toEqual([
        'snapshots/2025-09.csv:1:1: error history.missing_building',
        'snapshots/2025-09.csv:2:6: error history.date_changed',
      ]);
    });
    it('reports a date that was set last month and is now empty', async () => {
      const csv = `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,,,,,\nb2,active,2025-02-01,,,,,,,\n`;
      expect(await check({ 'snapshots/2025-09.csv': csv })).toEqual(['snapshots/2025-09.csv:2:6: error history.date_removed']);
    });
    it('allows both when corrections.csv records them, and warns about unused corrections', async () => {
      const corrections =
        'month,building_id,field,old_value,new_value,date,reason\n' +
        '2025-09,b1,permit,2025-06-01,2025-06-02,2025-09-10,录入错误，以许可证为准\n' +
        '2025-09,b2,row,,,2025-09-10,该楼不再跟踪\n' +
        '2025-09,b1,consent,2025-03-01,2025-03-05,2025-09-10,没有用上的更正\n';
      const dir = await writeDataset({ 'snapshots/2025-09.csv': changed, 'corrections.csv': corrections });
      const result = await loadDataset(dir);
      expect(result.ok).toBe(true);
      expect(places(result, dir)).toEqual(['corrections.csv:4:1: warning correction.unused']);
    });
    it('reports bad correction rows at their cells', async () => {
      const corrections = 'month,building_id,field,old_value,new_value,date,reason\n2025-13,b1,height,,,2025-02-30,\n';
      expect(await check({ 'corrections.csv': corrections })).toEqual([
        'corrections.csv:2:1: error correction.invalid_month',
        'corrections.csv:2:3: error correction.unknown_field',
        'corrections.csv:2:6: error correction.invalid_date',
        'corrections.csv:2:7: error correction.empty_reason',
      ]);
    });
  });

  describe('files', () => {
    it('requires YYYY-MM names and one file per month', async () => {
      expect(
        await check({ 'snapshots/2025-9.csv': 'x\n', 'snapshots/2025-09.json': '[]' }),
      ).toEqual(['snapshots/2025-09.json:1:1: error snapshot.duplicate_month', 'snapshots/2025-9.csv:1:1: error snapshot.bad_file_name']);
    });
    it('reports missing required files', async () => {
      expect(await check({ 'buildings.csv': null })).toContain('buildings.csv:1:1: error file.missing');
    });
  });

  describe('theme', () => {
    const withTheme = (theme: Record<string, string>): string => {
      const report = JSON.parse(validFiles()['report.json'] as string) as Record<string, unknown>;
      report['theme'] = theme;
      return JSON.stringify(report, null, 2);
    };
    const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    it('refuses an accent without AA contrast, at the accent', async () => {
      const text = withTheme({ accent: '#ffcc00' });
      expect(await check({ 'report.json': text })).toEqual([`report.json:${lineOf(text, '"accent"')}:15: error report.custom`]);
      expect(await check({ 'report.json': withTheme({ accent: '#2e7d32' }) })).toEqual([]);
    });
    it('refuses a milestone colour too light for a chart line, at its color', async () => {
      const report = JSON.parse(validFiles()['report.json'] as string) as { milestones: Record<string, unknown>[] };
      report.milestones[1] = { ...report.milestones[1], color: '#dddddd' };
      const text = JSON.stringify(report, null, 2);
      expect(await check({ 'report.json': text })).toEqual([`report.json:${lineOf(text, '"color"')}:16: error report.custom`]);
      report.milestones[1] = { ...report.milestones[1], color: '#1b7837' };
      expect(await check({ 'report.json': JSON.stringify(report, null, 2) })).toEqual([]);
    });
    it('refuses a missing logo at theme.logo and an SVG logo that could run code', async () => {
      const text = withTheme({ logo: 'logo.svg' });
      expect(await check({ 'report.json': text })).toEqual([`report.json:${lineOf(text, '"logo"')}:13: error report.logo_missing`]);
      expect(await check({ 'report.json': text, 'logo.svg': '<svg onload="alert(1)"></svg>' })).toEqual(['logo.svg:1:1: error logo.unsafe']);
      expect(await check({ 'report.json': text, 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>' })).toEqual([]);
    });
  });

  describe('about page text', () => {
    const withAbout = (): string => {
      const report = JSON.parse(validFiles()['report.json'] as string) as Record<string, unknown>;
      report['about'] = 'about.md';
      return JSON.stringify(report, null, 2);
    };
    it('refuses an about file that is not there, at the about key', async () => {
      const text = withAbout();
      const line = text.split('\n').findIndex((l) => l.includes('"about"')) + 1;
      expect(await check({ 'report.json': text })).toEqual([`report.json:${line}:12: error report.about_missing`]);
    });
    it('checks the about text under the story rules', async () => {
      const about = '本街道的改造项目。\n\n<script>alert(1)</script>\n';
      const found = await check({ 'report.json': withAbout(), 'about.md': about });
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((p) => p.startsWith('about.md:3:'))).toBe(true);
      expect(await check({ 'report.json': withAbout(), 'about.md': '本街道的改造项目。\n' })).toEqual([]);
    });
  });

  describe('optional building columns', () => {
    const withoutCounts =
      'building_id,community_id,address,eligible\nb1,c1,测试路1号,yes\nb2,c1,测试路2号,是\nb3,c2,西湾东1号,no\n';
    it('loads a registry without floors, households and residents when no goal counts residents', async () => {
      const report = JSON.parse(validFiles()['report.json'] as string) as { goals: { measure: string }[] };
      report.goals = report.goals.filter((g) => g.measure !== 'residents');
      const result = await loadDataset(
        await writeDataset({ 'buildings.csv': withoutCounts, 'report.json': JSON.stringify(report, null, 2) }),
      );
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
      expect(result.dataset.buildings[0]).toEqual({ id: 'b1', communityId: 'c1', address: '测试路1号', eligible: true });
    });
    it('refuses a residents goal without residents, at the goal', async () => {
      const text = validFiles()['report.json'] as string;
      const goal = (JSON.parse(text) as { goals: { measure: string }[] }).goals.findIndex((g) => g.measure === 'residents');
      expect(goal).toBeGreaterThanOrEqual(0);
      const line = text.split('\n').findIndex((l) => l.includes('"measure": "residents"')) + 1;
      expect(await check({ 'buildings.csv': withoutCounts })).toEqual([`report.json:${line}:18: error report.goal_needs_residents`]);
    });
    it('still refuses an empty cell in a column that is there', async () => {
      const csv = 'building_id,community_id,address,floors,eligible\nb1,c1,测试路1号,,yes\nb2,c1,测试路2号,8,是\nb3,c2,西湾东1号,6,no\n';
      expect(await check({ 'buildings.csv': csv })).toContain('buildings.csv:2:4: error building.empty_number');
    });
  });

  describe("the programme's words", () => {
    const estates = JSON.stringify(
      makeReport({ entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' } }),
      null,
      2,
    );
    const noId = 'community_id,address,floors,households,residents,eligible\nc1,测试路1号,7,28,100,yes\n';
    const missingId = async (files: Files): Promise<string | undefined> => {
      const result = await loadDataset(await writeDataset({ 'buildings.csv': noId, ...files }));
      return result.ok ? undefined : result.problems.find((p) => p.code === 'csv.missing_column')?.message;
    };

    it("accepts the residents' own group (entity.group) and refuses an empty one", async () => {
      const entity = { noun: '楼栋', counter: '栋', eligible: '符合加装条件', ineligible: '不在加装范围' };
      const withGroup = (group: string): string =>
        JSON.stringify(makeReport({ entity: { ...entity, group } }), null, 2);
      expect(await check({ 'report.json': withGroup('筹备组') })).toEqual([]);
      const empty = withGroup('');
      const line = empty.split('\n').findIndex((l) => l.includes('"group": ""')) + 1;
      expect(await check({ 'report.json': empty })).toEqual([`report.json:${line}:14: error report.too_small`]);
    });
    it("accepts the id column headed with the programme's noun (小区编号)", async () => {
      const files = validFiles();
      const renamed = (name: string): string => (files[name] as string).replace(/^building_id,/, '小区编号,');
      expect(
        await check({
          'report.json': estates,
          'buildings.csv': renamed('buildings.csv'),
          'snapshots/2025-09.csv': renamed('snapshots/2025-09.csv'),
        }),
      ).toEqual([]);
    });
    it("names the id column in the programme's words, neutrally while report.json is unreadable", async () => {
      expect(await missingId({ 'report.json': estates })).toBe('缺少必需的列 building_id（小区编号）：请在表头加上这一列');
      expect(await missingId({})).toBe('缺少必需的列 building_id（楼栋编号）：请在表头加上这一列');
      expect(await missingId({ 'report.json': '{' })).toBe('缺少必需的列 building_id（编号）：请在表头加上这一列');
    });
  });

  describe('report.json', () => {
    it('points at the offending value', async () => {
      const report = JSON.parse(validFiles()['report.json'] as string) as Record<string, unknown>;
      report['locale'] = 7;
      expect(await check({ 'report.json': JSON.stringify(report, null, 2) })).toEqual([
        'report.json:8:13: error report.invalid_type',
      ]);
    });
    it('refuses a locale the site has no complete interface text for, at the locale key', async () => {
      const report = JSON.parse(validFiles()['report.json'] as string) as Record<string, unknown>;
      report['locale'] = 'en';
      const text = JSON.stringify(report, null, 2);
      expect(await check({ 'report.json': text })).toEqual(['report.json:8:13: error report.custom']);
      const result = await loadDataset(await writeDataset({ 'report.json': text }));
      if (result.ok) throw new Error('expected the locale to be refused');
      expect(result.problems.find((p) => p.code === 'report.custom')?.message).toContain('locale "en" 没有界面文字表');
    });
    it('checks that headline and forecast name existing milestones, at the entry', async () => {
      const report = JSON.parse(validFiles()['report.json'] as string) as Record<string, unknown>;
      report['headline'] = ['permit', { pending: 'opening' }, { milestone: 'permit', colour: 'red' }];
      report['forecast'] = 'openng';
      const text = JSON.stringify(report, null, 2);
      const lineOf = (needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
      const result = await loadDataset(await writeDataset({ 'report.json': text }));
      if (result.ok) throw new Error('expected the headline to be refused');
      const messages = result.problems.map((p) => `${p.line}: ${p.message}`);
      expect(messages).toContain(`${lineOf('"pending": "opening"')}: headline 引用了不存在的里程碑“opening”：应是 group_formed, consent, notice, permit, construction, in_service, subsidy 之一`);
      expect(messages.some((m) => m.startsWith(`${lineOf('"colour"') - 1}:`) || m.includes('headline.2'))).toBe(true);
      expect(messages).toContain(`${lineOf('"forecast"')}: forecast 引用了不存在的里程碑“openng”：应是 group_formed, consent, notice, permit, construction, in_service, subsidy 之一`);
    });
    it('checks that celebrate and goals name existing milestones', async () => {
      const report = JSON.parse(validFiles()['report.json'] as string) as Record<string, unknown>;
      report['celebrate'] = ['in_service', 'opening'];
      const text = JSON.stringify(report, null, 2);
      const line = text.split('\n').findIndex((l) => l.includes('"opening"')) + 1;
      expect(line).toBeGreaterThan(1);
      expect(await check({ 'report.json': text })).toEqual([`report.json:${line}:5: error report.custom`]);
    });
  });

  describe('personal data', () => {
    it('finds phone numbers, ID numbers and room numbers anywhere', async () => {
      const buildings = `${BUILDINGS_HEADER}b1,c1,测试路1号302房,7,28,100,yes,,\nb2,c1,测试路2号,8,30,90,yes,,\nb3,c2,西湾东1号,6,20,60,no,,\n`;
      const snapshot = `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-09-03,,,联系人 138-1234-5678\nb2,active,2025-02-01,,,,,,,\n`;
      const story = storyText('王阿姨的身份证 11010519491231002X 不应出现。\n');
      expect(
        await check({ 'buildings.csv': buildings, 'snapshots/2025-09.csv': snapshot, 'stories/2025/lift.md': story }),
      ).toEqual([
        'buildings.csv:2:3: error personal_data.room_number',
        'snapshots/2025-09.csv:2:10: error personal_data.mobile',
        'stories/2025/lift.md:11:9: error personal_data.id_number',
      ]);
    });
    it('reports a phone number typed into a date column as personal data, not only as a bad date', async () => {
      const snapshot = `${HEADER}b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,13812345678,,,\nb2,active,2025-02-01,,,,,,,\n`;
      expect(await check({ 'snapshots/2025-09.csv': snapshot })).toEqual([
        'snapshots/2025-09.csv:2:7: error personal_data.mobile',
        'snapshots/2025-09.csv:2:7: error snapshot.invalid_date',
      ]);
      const result = await loadDataset(await writeDataset({ 'snapshots/2025-09.csv': snapshot }));
      const messages = result.ok ? [] : result.problems.map((p) => p.message);
      expect(messages.join('\n')).not.toContain('13812345678');
    });
  });
});
