// A wording for an ineligible reason that no building records is named at its key in report.json.
import { describe, expect, it } from 'vitest';
import { makeReport } from '../../tests/factories.ts';
import { places, validFiles, writeDataset } from '../../tests/data/tempDataset.ts';
import { loadDataset } from './loadDataset.ts';

const BUILDINGS =
  'building_id,community_id,address,floors,households,residents,eligible,ineligible_reason\n' +
  'b1,c1,测试路1号,7,28,100,yes,\n' +
  'b2,c1,测试路2号,8,30,90,是,\n' +
  'b3,c2,西湾东1号,6,20,60,no,已有电梯\n';

async function load(reasons: Record<string, string>) {
  const report = { ...makeReport(), ineligible: { canChange: '条件变化后可以重新评估', reasons } };
  const dir = await writeDataset({
    ...validFiles(),
    'report.json': JSON.stringify(report, null, 2),
    'buildings.csv': BUILDINGS,
  });
  const result = await loadDataset(dir);
  return { result, places: places(result, dir), text: JSON.stringify(report, null, 2) };
}

describe('ineligible reason wordings', () => {
  it('accepts wordings that buildings use', async () => {
    const { result, places } = await load({ 已有电梯: '这栋楼已经有电梯。' });
    expect(result.ok).toBe(true);
    expect(places).toEqual([]);
  });

  it('warns at the key of a wording no building uses, naming the reasons that are recorded', async () => {
    const { result, places, text } = await load({ 已有电梯: '这栋楼已经有电梯。', 已装电梯: '拼写不同' });
    expect(result.ok).toBe(true);
    const line = text.split('\n').findIndex((l) => l.includes('"已装电梯"')) + 1;
    expect(places).toEqual([expect.stringMatching(new RegExp(`^report\\.json:${String(line)}:\\d+: warning report\\.ineligible_reason_unused$`))]);
    const message = result.ok ? result.warnings[0]?.message : '';
    expect(message).toContain('“已装电梯”');
    expect(message).toContain('现有原因：已有电梯');
  });
});
