import { describe, expect, it } from 'vitest';
import { makeReport } from '../../tests/factories.ts';
import { openData } from '../i18n/zh-CN/openData.ts';
import { columnDictionary } from './columnDictionary.ts';
import { snapshotHeader } from './snapshotTable.ts';

describe('columnDictionary', () => {
  it('documents every snapshot column in published order, from report.json', () => {
    const report = makeReport();
    const [snapshots] = columnDictionary(report, openData);
    expect(snapshots?.columns.map((c) => c.name)).toEqual(snapshotHeader(report));
    expect(snapshots?.columns.find((c) => c.name === 'permit')?.label).toBe('规划许可');
  });

  it("describes the columns in the programme's words, leaving out registry columns the data lacks", () => {
    const estates = makeReport({
      entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' },
    });
    const files = columnDictionary(estates, openData, { floors: false, households: true, residents: false });
    const registry = files.find((f) => f.files === '/data/buildings.csv')?.columns ?? [];
    expect(registry.map((c) => c.name)).toEqual([
      'building_id',
      'community_id',
      'community_name',
      'address',
      'households',
      'eligible',
      'lat',
      'lng',
    ]);
    expect(registry.find((c) => c.name === 'building_id')).toEqual({
      name: 'building_id',
      label: '小区编号',
      description: '小区的固定编号。',
    });
    expect(registry.find((c) => c.name === 'households')?.description).toBe('小区内住户数。');
    expect(registry.find((c) => c.name === 'eligible')?.description).toBe(
      'true：纳入改造计划；false：不符合。',
    );
    const street = files.find((f) => f.files.startsWith('/data/timeseries/street'))?.columns ?? [];
    expect(street.find((c) => c.name === 'permit')?.description).toBe(
      '全街已达到“规划许可”的小区数（累计）。',
    );
    const text = JSON.stringify(files);
    for (const word of ['楼栋', '栋', '楼', '层数', '加装', '电梯']) expect(text).not.toContain(word);
  });

  it("keeps Xicun's registry columns and words", () => {
    const registry =
      columnDictionary(makeReport(), openData).find((f) => f.files === '/data/buildings.csv')?.columns ?? [];
    expect(registry.slice(0, 7).map((c) => `${c.label}：${c.description}`)).toEqual([
      '楼栋编号：楼栋的固定编号。',
      '社区编号：所属社区的编号。',
      '社区：所属社区名称。',
      '地址：门牌地址，不含房号。',
      '层数：地上层数。',
      '户数：楼内住户数。',
      '居民数：楼栋内居民人数（约数）。',
    ]);
  });

  it('names the files under the path the site is published under', () => {
    const files = columnDictionary(makeReport(), openData, undefined, '/xicun/').map((f) => f.files);
    expect(files.some((f) => f.includes('/xicun/data/snapshots/<YYYY-MM>.csv'))).toBe(true);
    expect(files).toContain('/xicun/data/buildings.csv');
    expect(files.filter((f) => f.includes('/data/') && !f.includes('/xicun/data/'))).toEqual([]);
  });
});
