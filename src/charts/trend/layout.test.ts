import { describe, expect, it } from 'vitest';
import { compareGolden } from '../../../tests/goldenSvg.ts';
import { makeMilestones } from '../../../tests/factories.ts';
import { toSvgString } from '../svg.ts';
import { layoutTrend, spreadLabels, type TrendInput } from './layout.ts';
import { trendScene } from './scene.ts';

const milestones = makeMilestones().slice(0, 6);
const reached = (g: number, p: number, s: number): Record<string, number> => ({
  group_formed: g,
  consent: g - 1,
  notice: p + 1,
  permit: p,
  construction: p - 1,
  in_service: s,
});
const input: TrendInput = {
  scopeName: '测试街',
  series: [
    { month: '2025-01', eligible: 10, reached: reached(4, 2, 0) },
    { month: '2025-02', eligible: 10, reached: reached(6, 3, 1) },
    { month: '2025-03', eligible: 10, reached: reached(8, 4, 2) },
  ],
  milestones,
  goal: { label: '百梯', milestone: 'permit', target: 5 },
  forecast: { milestone: 'in_service', month: '2025-05', windowMonths: 2 },
};

describe('layoutTrend', () => {
  const layout = layoutTrend(input);

  it('draws one line per milestone ending at the last month', () => {
    expect(layout.lines.map((l) => l.key)).toEqual(milestones.map((m) => m.key));
    expect(layout.lines.find((l) => l.key === 'in_service')?.last).toBe(2);
  });

  it('extends the x axis to the forecast month and ends the dashed line at all eligible', () => {
    expect(layout.forecast?.x).toBe(layout.plot.right);
    expect(layout.yTicks.find((t) => t.value === 10)?.pos).toBe(layout.forecast?.y);
    expect(layout.forecast?.text).toBe('预计2025年5月');
  });

  it('clips a far forecast so history keeps most of the width', () => {
    const far = layoutTrend({
      ...input,
      forecast: { milestone: 'in_service', month: '2035-01', windowMonths: 2 },
    });
    expect(far.forecast?.x).toBe(far.plot.right);
    expect(far.forecast!.y).toBeGreaterThan(far.yTicks.find((t) => t.value === 10)!.pos);
  });

  it('labels the first month and each January without collisions', () => {
    const months = ['2024-03', '2024-06', '2024-09', '2024-12', '2025-03'];
    const long = layoutTrend({ ...input, series: months.map((month) => ({ ...input.series[0]!, month })) });
    expect(long.xTicks.map((t) => t.text)).toEqual(['2024年3月', '2025年']);
    const short = layoutTrend({
      ...input,
      series: [{ ...input.series[0]!, month: '2024-11' }, ...input.series],
    });
    expect(short.xTicks.map((t) => t.text)).toEqual(['2024年11月']);
  });

  it('draws the goal line at the target', () => {
    expect(layout.goal?.text).toBe('目标：百梯 5栋');
  });

  it('keeps end labels at least 18 apart and inside the plot', () => {
    const ys = layout.lines.map((l) => l.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(17.9);
    expect(ys[0]).toBeGreaterThanOrEqual(layout.plot.top);
    expect(ys.at(-1)).toBeLessThanOrEqual(layout.plot.bottom);
  });

  it('summarises growth, goal and forecast', () => {
    expect(layout.summary).toBe(
      '2025年1月至2025年3月，测试街「投入使用」的楼栋从0栋增加到2栋；「百梯」目标5栋，已完成4栋；按近2个月的速度，预计2025年5月全部「投入使用」。',
    );
  });

  it('handles an empty series and a zero pace', () => {
    expect(layoutTrend({ ...input, series: [] }).lines).toEqual([]);
    const stalled = layoutTrend({
      ...input,
      forecast: { milestone: 'in_service', month: undefined, windowMonths: 3 },
    });
    expect(stalled.forecast).toBeUndefined();
    expect(stalled.summary).toContain('暂无法预计');
  });

  it('matches the golden SVG', () => {
    expect(compareGolden('trend', toSvgString(trendScene(layout, 't', '逐月进展')))).toBeUndefined();
  });
});

describe('spreadLabels', () => {
  it('pushes crowded labels up from the bottom edge', () => {
    const items = [{ labelY: 100 }, { labelY: 100 }, { labelY: 100 }];
    spreadLabels(items, 0, 100);
    expect(items.map((i) => i.labelY).sort((a, b) => a - b)).toEqual([64, 82, 100]);
  });
});
