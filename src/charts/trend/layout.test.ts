import { describe, expect, it } from 'vitest';
import { ELEVATOR_ENTITY } from '../../data/programmeWords.ts';
import { compareGolden } from '../../../tests/goldenSvg.ts';
import { makeMilestones } from '../../../tests/factories.ts';
import { toSvgString } from '../svg.ts';
import { layoutTrend, spreadLabels, type TrendInput } from './layout.ts';
import { trendScene } from './scene.ts';
import { charts } from '../../i18n/zh-CN/charts.ts';

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
  words: ELEVATOR_ENTITY,
  text: charts,
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
    expect(layout.forecast?.text).toBe('预计10栋');
    expect(layout.xTicks.at(-1)?.text).toBe('2025年5月');
  });

  it('clips a far forecast so history keeps most of the width', () => {
    const far = layoutTrend({
      ...input,
      forecast: { milestone: 'in_service', month: '2035-01', windowMonths: 2 },
    });
    expect(far.forecast?.x).toBe(far.plot.right);
    expect(far.forecast!.y).toBeGreaterThan(far.yTicks.find((t) => t.value === 10)!.pos);
  });

  // The old chart labelled a line that stopped at 88 of 152 with the month all 152 would be done.
  it.for([
    ['near', '2025-05'],
    ['far', '2035-01'],
  ])('labels the %s forecast with the value its line reaches, under the month it ends', ([, month]) => {
    const l = layoutTrend({ ...input, forecast: { milestone: 'in_service', month, windowMonths: 2 } });
    const fc = l.forecast!;
    // Read the drawn end point back through the y axis ticks (linear): that is the value the line reaches.
    const [t0, t1] = l.yTicks;
    const reached = t0!.value + ((fc.y - t0!.pos) * (t1!.value - t0!.value)) / (t1!.pos - t0!.pos);
    const stated = Number(/预计(\d+)栋/.exec(fc.text)?.[1]);
    expect(Math.abs(stated - reached)).toBeLessThan(0.05);
    const endTick = l.xTicks.find((t) => t.value === Math.max(...l.xTicks.map((x) => x.value)));
    expect(endTick?.text).toBe(`${fc.month.slice(0, 4)}年${Number(fc.month.slice(5))}月`);
    expect(Math.abs(endTick!.pos - fc.x)).toBeLessThan(l.width - l.plot.right);
  });

  it('draws the headline series strong and lets the rest recede', () => {
    const l = layoutTrend({ ...input, highlight: ['permit', 'in_service'] });
    expect(l.lines.filter((x) => x.strong).map((x) => x.key)).toEqual(['permit', 'in_service']);
    const receding = l.lines.filter((x) => !x.strong);
    expect(new Set(receding.map((x) => x.color)).size).toBe(1);
    expect(receding.every((x) => x.color !== l.lines.find((y) => y.key === 'in_service')?.color)).toBe(true);
  });

  it('labels the first month and each January without collisions', () => {
    const months = ['2024-03', '2024-06', '2024-09', '2024-12', '2025-03'];
    const long = layoutTrend({
      ...input,
      forecast: undefined,
      series: months.map((month) => ({ ...input.series[0]!, month })),
    });
    expect(long.xTicks.map((t) => t.text)).toEqual(['2024年3月', '2025年']);
    const short = layoutTrend({
      ...input,
      forecast: undefined,
      series: [{ ...input.series[0]!, month: '2024-11' }, ...input.series],
    });
    expect(short.xTicks.map((t) => t.text)).toEqual(['2024年11月']);
  });

  it('draws the goal line at the target', () => {
    expect(layout.goal?.text).toBe('目标：百梯 5栋');
  });

  it('keeps end labels, the forecast’s too, a line of text apart and inside the plot', () => {
    const ys = [...layout.lines.map((l) => l.labelY), layout.forecast!.labelY].sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(23.9);
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
    expect(items.map((i) => i.labelY).sort((a, b) => a - b)).toEqual([52, 76, 100]);
  });
});
