import { describe, expect, it } from 'vitest';
import { writeDataset } from '../tests/data/tempDataset.ts';
import { makeReport } from '../tests/factories.ts';
import { runValidate } from './validate.ts';

async function run(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidate(argv, {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    env,
    now: new Date('2025-10-15T04:00:00Z'),
  });
  return { code, out, err };
}

const BAD =
  'building_id,status,group_formed,consent,notice,permit,construction,in_service,subsidy,note\nb1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-13-01,,,\nb2,active,2025-02-01,,,,,,,\n';

describe('runValidate', () => {
  it('exits 0 on clean data and prints the latest figures', async () => {
    const dir = await writeDataset();
    const { code, out } = await run(['--data', dir]);
    expect(code).toBe(0);
    expect(out).toEqual([
      '数据通过校验 (0 个警告)。2025-09：登记楼栋 3 栋，符合条件 2 栋；成立筹备组 2，业主表决通过 1，批前公示 1，规划许可 1，开工 1，投入使用 0，补贴拨付 0；在建 1',
    ]);
  });
  it("counts in the programme's words", async () => {
    const estates = makeReport({
      entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' },
    });
    const dir = await writeDataset({ 'report.json': JSON.stringify(estates) });
    const { out } = await run(['--data', dir]);
    expect(out.at(-1)).toMatch(/^数据通过校验 \(0 个警告\)。2025-09：登记小区 3 个，符合条件 2 个；/);
  });
  it('exits 1 and prints each problem then a summary', async () => {
    const dir = await writeDataset({ 'snapshots/2025-09.csv': BAD });
    const { code, out } = await run([`--data=${dir}`]);
    expect(code).toBe(1);
    expect(out[0]).toBe(
      `${dir}/snapshots/2025-09.csv:2:7: error: 日期“2025-13-01”不存在 (construction)：请核对年月日，写成 2025-09-03 格式`,
    );
    expect(out.at(-1)).toContain('1 个错误，0 个警告');
  });
  it('reads GONGSHI_DATA and prints GitHub annotations', async () => {
    const dir = await writeDataset({ 'snapshots/2025-09.csv': BAD });
    const { out } = await run(['--format', 'github'], { GONGSHI_DATA: dir });
    expect(out[0]).toMatch(new RegExp(`^::error file=${dir}/snapshots/2025-09.csv,line=2,col=7::`));
  });
  it('prints machine-readable JSON', async () => {
    const dir = await writeDataset();
    const { out } = await run(['--data', dir, '--format', 'json']);
    const parsed = JSON.parse(out.join('\n')) as {
      ok: boolean;
      problems: unknown[];
      summary: { buildings: number; underConstruction: number };
    };
    expect(parsed).toMatchObject({ ok: true, problems: [], summary: { buildings: 3, underConstruction: 1 } });
  });
  it('rejects unknown arguments with exit 2', async () => {
    const { code, err } = await run(['--format', 'xml']);
    expect(code).toBe(2);
    expect(err[0]).toContain('--format');
  });
});
