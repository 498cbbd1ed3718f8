import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeDataset } from '../tests/data/tempDataset.ts';
import { runAttention } from './attention.ts';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAttention(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
  return { code, out, err };
}

describe('npm run attention', () => {
  it('prints the sample list grouped by community, with the 15 buildings without a group', async () => {
    const { code, out } = await run(['--data', 'data']);
    expect(code).toBe(0);
    expect(out).toMatch(/^西村街需要关注的楼栋（2025年9月底，共\d+栋；仅供工作会议，不公开）/);
    expect(out).toContain('\n西湾社区（');
    expect(out.match(/：尚未成立筹备组/g)).toHaveLength(15);
    expect(out).toContain('争议中');
    expect(out).toContain('暂停');
    expect(out).not.toContain('放弃');
  });

  it("speaks the programme's words: the renovation example counts estates", async () => {
    const { code, out } = await run(['--data', 'examples/renovation']);
    expect(code).toBe(0);
    expect(out).toMatch(/^示例街需要关注的小区（2025年9月底，共\d+个；仅供工作会议，不公开）/);
    expect(out).not.toMatch(/楼栋|栋/);
  });

  it('writes CSV that parses with a header, one row per building', async () => {
    const { code, out } = await run(['--data', 'data', '--format', 'csv', '--month', '2025-09']);
    expect(code).toBe(0);
    const records = parse(out, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0] ?? {})).toEqual([
      'community',
      'building_id',
      'address',
      'reason',
      'reason_text',
      'status',
      'stage',
      'months_at_stage',
      'p75_months',
      'note',
    ]);
    expect(records.filter((r) => r['reason'] === 'no_group')).toHaveLength(15);
    expect(new Set(records.map((r) => r['reason']))).toEqual(
      new Set(['slow', 'paused', 'disputed', 'no_group']),
    );
    for (const r of records.filter((x) => x['reason'] === 'slow'))
      expect(Number(r['months_at_stage'])).toBeGreaterThan(Number(r['p75_months']));
  });

  it('takes an earlier month, and names the months there are', async () => {
    const dir = await writeDataset();
    expect((await run(['--data', dir, '--month', '2025-08'])).code).toBe(0);
    const missing = await run(['--data', dir, '--month', '2024-01']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('2025-08、2025-09');
    expect((await run(['--month', 'Sept'])).code).toBe(2);
    expect((await run(['--format', 'xlsx'])).code).toBe(2);
  });
});
