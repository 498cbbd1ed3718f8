// History the loader can check on its own: corrections must match the change they document, a late
// report needs a correction, no future month, no silent gap, and registry changes form a chain.
import { describe, expect, it } from 'vitest';
import { places, validFiles, writeDataset, type Files } from '../../tests/data/tempDataset.ts';
import { makeReport } from '../../tests/factories.ts';
import { loadDataset } from './loadDataset.ts';
import type { LoadResult } from './types.ts';

const HEADER = 'building_id,status,group_formed,consent,notice,permit,construction,in_service,subsidy,note\n';
const CORRECTIONS = 'month,building_id,field,old_value,new_value,date,reason\n';
// Frozen clock: October 2025 in Guangzhou.
const NOW = new Date('2025-10-15T04:00:00Z');

async function load(overrides: Files): Promise<{ result: LoadResult; dir: string }> {
  const dir = await writeDataset(overrides);
  return { result: await loadDataset(dir, { now: NOW }), dir };
}
async function check(overrides: Files): Promise<string[]> {
  const { result, dir } = await load(overrides);
  return places(result, dir);
}
const messages = (result: LoadResult): string =>
  (result.ok ? result.warnings : result.problems).map((p) => p.message).join('\n');

const september = (b1: string): string => `${HEADER}${b1}\nb2,active,2025-02-01,,,,,,,\n`;
const B1_AUGUST = 'b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,,,,';

describe('corrections match the change they document', () => {
  const changed = september('b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-02,2025-09-03,,,');
  it('refuses a correction for the same cell with other values, and names month, building and field', async () => {
    const { result, dir } = await load({
      'snapshots/2025-09.csv': changed,
      'corrections.csv': `${CORRECTIONS}2025-09,b1,permit,2025-06-01,2025-06-20,2025-09-10,录入错误\n`,
    });
    expect(places(result, dir)).toEqual([
      'corrections.csv:2:1: warning correction.unused',
      'snapshots/2025-09.csv:2:6: error history.date_changed',
    ]);
    expect(messages(result)).toContain(
      '2025-09 b1 的 permit（规划许可）上月为 2025-06-01，本月改成了 2025-06-02',
    );
    expect(messages(result)).toContain('第 2 行登记的是 2025-06-01 → 2025-06-20，与数据不符');
  });
  it('reads correction dates the way the data is read', async () => {
    expect(
      await check({
        'snapshots/2025-09.csv': changed,
        'corrections.csv': `${CORRECTIONS}2025-09,b1,规划许可,2025/6/1,2025年6月2日,2025-09-10,录入错误\n`,
      }),
    ).toEqual([]);
  });
  it('refuses a correction whose old and new value are the same', async () => {
    expect(
      await check({ 'corrections.csv': `${CORRECTIONS}2025-09,b1,permit,2025-06-01,2025-06-01,2025-09-10,x\n` }),
    ).toEqual(['corrections.csv:2:5: error correction.no_change']);
  });
});

describe('late reports', () => {
  const backdated = september(`${B1_AUGUST}`).replace(
    'b2,active,2025-02-01,,,,,,,',
    'b2,active,2025-02-01,2025-03-10,,,,,,',
  );
  it('refuses a milestone new this month dated before the previous month began', async () => {
    const { result, dir } = await load({ 'snapshots/2025-09.csv': backdated });
    expect(places(result, dir)).toEqual(['snapshots/2025-09.csv:3:4: error history.backdated']);
    expect(messages(result)).toContain(
      '2025-09 b2 的 consent（业主表决通过）本月首次出现，日期 2025-03-10 早于上一期快照（2025-08）的月初 2025-08-01',
    );
  });
  it('accepts it when a correction records the late report', async () => {
    expect(
      await check({
        'snapshots/2025-09.csv': backdated,
        'corrections.csv': `${CORRECTIONS}2025-09,b2,consent,,2025-03-10,2025-09-20,表决结果迟报，补录\n`,
      }),
    ).toEqual([]);
  });
  it('accepts a milestone dated in the previous month (reported a month late)', async () => {
    const late = september(B1_AUGUST).replace('b2,active,2025-02-01,,', 'b2,active,2025-02-01,2025-08-20,');
    expect(await check({ 'snapshots/2025-09.csv': late })).toEqual([]);
  });
});

describe('the monthly series', () => {
  it('refuses a snapshot for a month after the current one', async () => {
    const { result, dir } = await load({ 'snapshots/2031-06.csv': september(B1_AUGUST) });
    expect(places(result, dir)).toContain('snapshots/2031-06.csv:1:1: error snapshot.future_month');
    expect(messages(result)).toContain('快照月份 2031-06 晚于当前月份 2025-10');
  });
  it('accepts the current month, judged in Guangzhou time', async () => {
    const files = { 'snapshots/2025-10.csv': validFiles()['snapshots/2025-09.csv'] ?? '' };
    const dir = await writeDataset(files);
    // 2025-09-30 17:00 UTC is already 1 October in Guangzhou.
    const result = await loadDataset(dir, { now: new Date('2025-09-30T17:00:00Z') });
    expect(places(result, dir)).toEqual([]);
  });
  it('refuses a gap unless report.json confirms the skipped month', async () => {
    const gap = { 'snapshots/2025-09.csv': null, 'snapshots/2025-10.csv': september(B1_AUGUST) };
    const { result, dir } = await load(gap);
    expect(places(result, dir)).toEqual(['snapshots/2025-10.csv:1:1: error snapshot.gap']);
    expect(messages(result)).toContain('2025-08 与 2025-10 之间缺少 2025-09 的快照');
    const report = JSON.stringify(makeReport({ skippedMonths: [{ month: '2025-09', reason: '系统升级，未统计' }] }));
    expect(await check({ ...gap, 'report.json': report })).toEqual([]);
  });
  it('refuses a confirmed skipped month that is no gap', async () => {
    const report = JSON.stringify(makeReport({ skippedMonths: [{ month: '2025-09', reason: '误填' }] }));
    expect(await check({ 'report.json': report })).toEqual(['report.json:1:1: error report.skipped_not_gap']);
  });
});

describe('registry changes', () => {
  const moved = (validFiles()['buildings.csv'] as string).replace('b2,c1,', 'b2,c2,');
  it('accept a move recorded with the month it takes effect', async () => {
    expect(
      await check({
        'buildings.csv': moved,
        'corrections.csv': `${CORRECTIONS}2025-09,b2,community_id,c1,c2,2025-09-01,社区调整\n`,
      }),
    ).toEqual([]);
  });
  it('must end at the value buildings.csv holds and chain old to new', async () => {
    const { result, dir } = await load({
      'buildings.csv': moved,
      'corrections.csv':
        `${CORRECTIONS}2025-08,b2,community_id,c1,c2,2025-08-01,社区调整\n` +
        '2025-09,b2,community_id,c1,c2,2025-09-01,社区调整\n' +
        '2025-09,b1,residents,100,120,2025-09-01,重新统计\n',
    });
    expect(places(result, dir)).toEqual([
      'corrections.csv:3:4: error correction.broken_chain',
      'corrections.csv:4:5: error correction.registry_mismatch',
    ]);
    expect(messages(result)).toContain('b1 的 residents 在 buildings.csv 中是 100，最后一条变更（2025-09）却改成了 120');
  });
});
